package dev.cometsdk.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Reads an unsigned 64-bit JSON number (spec types {@code uint64} and {@code uint}), from 0 to
 * 18446744073709551615, into a Java {@code long} holding the same 64 bits (values above
 * {@link Long#MAX_VALUE} read as negative longs; see {@link Long#toUnsignedString(long)}).
 * A negative number, a larger one, a fraction or a non-number fails with a
 * {@link com.fasterxml.jackson.databind.JsonMappingException}. A numeric string is accepted too.
 *
 * <p>Use with {@code @JsonDeserialize(using = ...)}, or {@code contentUsing} for lists and map
 * values. A JSON {@code null} reads as 0 into a primitive {@code long} and as null otherwise.
 */
public final class UnsignedLongDeserializer extends StdDeserializer<Long>
        implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final String RANGE = "not an unsigned 64-bit integer (0 to " + MAX + ")";

    /** Whether the target is a primitive {@code long}, which cannot hold null. */
    private final boolean primitive;

    /** Makes the deserializer; Jackson calls this. */
    public UnsignedLongDeserializer() {
        this(false);
    }

    private UnsignedLongDeserializer(boolean primitive) {
        super(Long.class);
        this.primitive = primitive;
    }

    /**
     * Adapts to the target: a primitive {@code long} property cannot hold null.
     *
     * @param ctxt the context
     * @param property the property being read, or null
     * @return a deserializer for that property
     */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt,
                                                BeanProperty property) {
        boolean forPrimitive = property != null && property.getType().isPrimitive();
        return forPrimitive == primitive ? this : new UnsignedLongDeserializer(forPrimitive);
    }

    /**
     * Reads one unsigned value.
     *
     * @param p the parser, at the value
     * @param ctxt the context
     * @return the value's 64 bits as a long
     * @throws IOException if the value is not an unsigned 64-bit integer
     */
    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        BigInteger value;
        if (token == JsonToken.VALUE_NUMBER_INT) {
            value = p.getBigIntegerValue();
        } else if (token == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            if (!text.matches("[0-9]{1,20}")) {
                return (Long) ctxt.handleWeirdStringValue(Long.class, text, RANGE);
            }
            value = new BigInteger(text);
        } else {
            return (Long) ctxt.handleUnexpectedToken(Long.class, p);
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw ctxt.weirdNumberException(value, Long.class, RANGE);
        }
        return value.longValue();
    }

    /**
     * The value of a JSON {@code null}.
     *
     * @param ctxt the context
     * @return 0 for a primitive {@code long} property, null otherwise
     */
    @Override
    public Long getNullValue(DeserializationContext ctxt) {
        return primitive ? 0L : null;
    }
}
