package dev.cometsdk.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a Java {@code long} that holds an unsigned 64-bit value (spec types {@code uint64} and
 * {@code uint}) as the unsigned JSON number: {@code -1L} is written as
 * {@code 18446744073709551615}. Use with {@code @JsonSerialize(using = ...)}, or
 * {@code contentUsing} for lists and map values.
 */
public final class UnsignedLongSerializer extends StdSerializer<Long> {

    private static final long serialVersionUID = 1L;

    /** Makes the serializer; Jackson calls this. */
    public UnsignedLongSerializer() {
        super(Long.class);
    }

    /**
     * Writes the value's 64 bits as an unsigned number.
     *
     * @param value the value
     * @param gen the generator
     * @param provider the provider
     * @throws IOException if the generator fails
     */
    @Override
    public void serialize(Long value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        gen.writeNumber(Long.toUnsignedString(value));
    }
}
