package dev.cometsdk.runtime;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

/**
 * Reads a generated data class from JSON, as fast as Jackson reads the same JSON into a
 * {@code Map} or faster: each generated class has a subclass (its {@code Decoder}) that sets a
 * field straight from the parser when the token is the one the field's type expects (a string
 * for a {@code String}, an integer for an {@code int} or {@code long}, and so on), chosen by a
 * {@code switch} on the key's place in the class's {@code @JsonPropertyOrder}. The keys are
 * found by guessing each from the one before ({@link KeyPredictor}), which spares the parser most
 * of the work of decoding them.
 *
 * <p>Everything else goes to the class's ordinary Jackson bean deserializer, built from the same
 * annotations: lists, maps, nested objects, unsigned and binary fields, and any token that is
 * not the expected one (a {@code null}, a number in quotes), so that those read exactly as
 * Jackson reads them, coercions and errors included. Fields that the class does not know are
 * kept in {@link CometObject#getAdditionalProperties()} as Jackson's tree nodes. An error names
 * the field where it happened, like Jackson's own.
 *
 * @param <T> the generated class
 */
public abstract class StructDecoder<T extends CometObject> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    /** The class's JSON keys, numbered as in its {@code @JsonPropertyOrder}, and which usually follows which. */
    private final transient KeyPredictor keys;

    /** Jackson's own deserializers of {@link #type}, for the fields and tokens this class leaves out. */
    private transient volatile Jackson jackson;

    /**
     * Makes the decoder of one generated class.
     *
     * @param type the generated class, whose {@code @JsonPropertyOrder} lists its JSON keys in the
     *     order that numbers them for the {@code read} methods
     * @throws IllegalArgumentException if the class has no {@code @JsonPropertyOrder}
     */
    protected StructDecoder(Class<T> type) {
        super(type);
        this.type = type;
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        if (order == null) {
            throw new IllegalArgumentException(type.getName() + " has no @JsonPropertyOrder to number its keys");
        }
        this.keys = new KeyPredictor(Arrays.asList(order.value()));
    }

    /**
     * Creates an empty instance to read into.
     *
     * @return a new instance with every field empty
     */
    protected abstract T create();

    /**
     * Sets a field from a JSON string ({@link JsonParser#getText()}).
     *
     * @param value the object being read
     * @param key the JSON key's place in the class's {@code @JsonPropertyOrder}, from 0
     * @param p the parser, at the string
     * @return whether the key is a text field of the class and was set
     * @throws IOException if the parser fails
     */
    protected boolean readString(T value, int key, JsonParser p) throws IOException {
        return false;
    }

    /**
     * Sets a field from a JSON integer ({@link JsonParser#getLongValue()} and the like).
     *
     * @param value the object being read
     * @param key the JSON key's place in the class's {@code @JsonPropertyOrder}, from 0
     * @param p the parser, at the integer
     * @return whether the key is a signed integer field of the class and was set
     * @throws IOException if the number does not fit the field
     */
    protected boolean readInteger(T value, int key, JsonParser p) throws IOException {
        return false;
    }

    /**
     * Sets a field from a JSON number with a fraction or exponent.
     *
     * @param value the object being read
     * @param key the JSON key's place in the class's {@code @JsonPropertyOrder}, from 0
     * @param p the parser, at the number
     * @return whether the key is a floating-point field of the class and was set
     * @throws IOException if the parser fails
     */
    protected boolean readDecimal(T value, int key, JsonParser p) throws IOException {
        return false;
    }

    /**
     * Sets a field from a JSON {@code true} or {@code false}.
     *
     * @param value the object being read
     * @param key the JSON key's place in the class's {@code @JsonPropertyOrder}, from 0
     * @param bool the value
     * @return whether the key is a boolean field of the class and was set
     */
    protected boolean readBoolean(T value, int key, boolean bool) {
        return false;
    }

    /**
     * Reads one object.
     *
     * @param p the parser, at the object's start (or its first field name)
     * @param ctxt the context
     * @return the object read
     * @throws IOException if the JSON is not an object of this class
     */
    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Jackson jackson = jackson(ctxt);
        if (!atFields(p)) {
            return type.cast(jackson.bean.deserialize(p, ctxt));
        }
        return readFields(p, ctxt, jackson, create());
    }

    /**
     * Reads one object into an existing instance ({@code ObjectMapper.readerForUpdating}).
     *
     * @param p the parser, at the object's start (or its first field name)
     * @param ctxt the context
     * @param intoValue the instance to update
     * @return {@code intoValue}, updated
     * @throws IOException if the JSON is not an object of this class
     */
    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt, T intoValue) throws IOException {
        Jackson jackson = jackson(ctxt);
        if (!atFields(p)) {
            return type.cast(jackson.bean.deserialize(p, ctxt, intoValue));
        }
        return readFields(p, ctxt, jackson, intoValue);
    }

    /**
     * The class's bean deserializer, built on first use rather than when Jackson creates this
     * decoder: Jackson resolves a deserializer named by {@code @JsonDeserialize} before it can
     * find it in its cache, so building the bean deserializer then would recurse forever on a
     * class that contains itself. Two threads may both build it; either result is the same.
     */
    private Jackson jackson(DeserializationContext ctxt) throws JsonMappingException {
        Jackson built = jackson;
        if (built == null) {
            built = new Jackson(beanDeserializer(ctxt), ctxt.findRootValueDeserializer(ctxt.constructType(JsonNode.class)));
            jackson = built;
        }
        return built;
    }

    private BeanDeserializerBase beanDeserializer(DeserializationContext ctxt) throws JsonMappingException {
        JavaType javaType = ctxt.constructType(type);
        BeanDescription description = ctxt.getConfig().introspect(javaType);
        JsonDeserializer<Object> bean = ctxt.getFactory().createBeanDeserializer(ctxt, javaType, description);
        if (!(bean instanceof BeanDeserializerBase)) {
            throw JsonMappingException.from(ctxt, "Jackson has no bean deserializer for " + type.getName()
                    + " (a module replaced it with " + bean.getClass().getName() + ")");
        }
        if (bean instanceof ResolvableDeserializer) {
            ((ResolvableDeserializer) bean).resolve(ctxt);
        }
        return (BeanDeserializerBase) bean;
    }

    /** What reads the fields and tokens that the generated code leaves out. */
    private static final class Jackson {
        final BeanDeserializerBase bean;
        /** Reads the values of unknown fields. */
        final JsonDeserializer<Object> nodes;

        Jackson(BeanDeserializerBase bean, JsonDeserializer<Object> nodes) {
            this.bean = bean;
            this.nodes = nodes;
        }
    }

    /** Whether the parser is at an object's start, a field name or (for an empty rest) its end. */
    private static boolean atFields(JsonParser p) {
        return p.isExpectedStartObjectToken() || p.hasToken(JsonToken.FIELD_NAME) || p.hasToken(JsonToken.END_OBJECT);
    }

    private T readFields(JsonParser p, DeserializationContext ctxt, Jackson jackson, T value) throws IOException {
        p.assignCurrentValue(value);
        int key = p.isExpectedStartObjectToken() ? keys.next(p, keys.start()) : keys.current(p);
        for (; key != KeyPredictor.END; key = keys.next(p, key)) {
            String name = p.currentName();
            p.nextToken();
            try {
                if (key == KeyPredictor.UNKNOWN || !readKnownToken(value, key, p)) {
                    readWithJackson(value, name, p, ctxt, jackson);
                }
            } catch (Exception e) {
                jackson.bean.wrapAndThrow(e, value, name, ctxt);
            }
        }
        return value;
    }

    private boolean readKnownToken(T value, int key, JsonParser p) throws IOException {
        switch (p.currentTokenId()) {
            case JsonTokenId.ID_STRING:
                return readString(value, key, p);
            case JsonTokenId.ID_NUMBER_INT:
                return readInteger(value, key, p);
            case JsonTokenId.ID_NUMBER_FLOAT:
                return readDecimal(value, key, p);
            case JsonTokenId.ID_TRUE:
                return readBoolean(value, key, true);
            case JsonTokenId.ID_FALSE:
                return readBoolean(value, key, false);
            default:
                return false;
        }
    }

    private void readWithJackson(T value, String name, JsonParser p, DeserializationContext ctxt, Jackson jackson)
            throws IOException {
        SettableBeanProperty property = jackson.bean.findProperty(name);
        if (property != null) {
            property.deserializeAndSet(p, ctxt, value);
            return;
        }
        JsonDeserializer<Object> nodes = jackson.nodes;
        Object node = p.hasToken(JsonToken.VALUE_NULL) ? nodes.getNullValue(ctxt) : nodes.deserialize(p, ctxt);
        value.getAdditionalProperties().put(name, (JsonNode) node);
    }

    /**
     * An empty instance, for Jackson's "nulls as empty" settings.
     *
     * @param ctxt the context
     * @return a new instance with every field empty
     */
    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
        return create();
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.POJO;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Boolean supportsUpdate(DeserializationConfig config) {
        return Boolean.TRUE;
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        Jackson built = jackson;
        return built == null ? null : built.bean.getKnownPropertyNames();
    }
}
