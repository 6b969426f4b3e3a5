package dev.cometsdk.runtime;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * The JSON settings of the SDK: one shared {@link ObjectMapper} that the transport uses for
 * parameters and responses, and that generated code may use too.
 *
 * <ul>
 *   <li>Unknown properties do not fail: generated classes keep them (see {@link CometObject}),
 *       and other targets ignore them, since newer servers add fields.</li>
 *   <li>Numbers of unknown or {@code any} type stay exact: floats become {@code BigDecimal}
 *       with their trailing zeros, integers too large for {@code long} become
 *       {@code BigInteger}, so that a value sent back is the value received.</li>
 *   <li>No default typing: a response can never name the Java class to build.</li>
 *   <li>Trailing content after the JSON value is an error, not ignored.</li>
 *   <li>Parser messages never quote the source document.</li>
 * </ul>
 *
 * <p>Which fields are read and written is left to annotations on the generated classes
 * ({@code @JsonAutoDetect} with field visibility, {@code @JsonSetter} on the setters), not to this
 * mapper's auto-detection. Each generated class names its own decoder ({@link StructDecoder}),
 * which sets strings, numbers and booleans directly and guesses each next key, and leaves the
 * rest to Jackson's bean deserializer; Jackson's Blackbird module lets that deserializer call
 * the setters through generated lambdas rather than reflection (docs/benchmarks.md).
 */
public final class CometJson {

    private static final ObjectMapper MAPPER = newMapper();

    private CometJson() {
    }

    /**
     * The shared mapper. Thread-safe; do not reconfigure it (use {@link #newMapper()} for a
     * mapper of your own).
     *
     * @return the mapper the transport uses
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A new mapper with the SDK's settings, for callers who want to change some.
     *
     * @return a new mapper, configured like {@link #mapper()}
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .addModule(new BlackbirdModule())
                .build();
    }
}
