package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CometJsonTest {

    private final ObjectMapper mapper = CometJson.mapper();

    @Test
    void settersAndConstructorsAreCalledWithoutReflection() {
        // Without Blackbird, typed decoding is 0.84x the speed of reading into a Map (docs/benchmarks.md);
        // generated-sdk's ReflectionFreeDecodingTest checks that the generated classes let it help.
        assertTrue(mapper.getRegisteredModuleIds().contains(new BlackbirdModule().getTypeId()),
                mapper.getRegisteredModuleIds().toString());
        assertTrue(CometJson.newMapper().getRegisteredModuleIds().contains(new BlackbirdModule().getTypeId()));
    }

    @Test
    void unknownPropertiesAreIgnoredForPlainTargets() throws Exception {
        TestTypes.Plain value = mapper.readValue("{\"Name\":\"a\",\"Extra\":1}",
                TestTypes.Plain.class);
        assertEquals("a", value.name);
    }

    @Test
    void unknownFieldsSurviveARoundTripInOrderAndExactly() throws Exception {
        String json = "{\"Name\":\"a\",\"Zeta\":1.10,\"Alpha\":{\"x\":[1,2]},"
                + "\"Big\":123456789012345678901234567890}";
        TestTypes.Profile profile = mapper.readValue(json, TestTypes.Profile.class);
        assertEquals(List.of("Zeta", "Alpha", "Big"),
                List.copyOf(profile.getAdditionalProperties().keySet()));
        assertEquals(json, mapper.writeValueAsString(profile));
    }

    @Test
    void untypedNumbersStayExact() throws Exception {
        Map<String, Object> map = mapper.readValue(
                "{\"f\":0.10,\"i\":18446744073709551615,\"s\":1}",
                new TypeReference<Map<String, Object>>() { });
        assertEquals(new BigDecimal("0.10"), map.get("f"));
        assertEquals(new BigInteger("18446744073709551615"), map.get("i"));
        assertEquals(1, map.get("s"));
        JsonNode tree = mapper.readTree("{\"f\":1.500}");
        assertEquals("{\"f\":1.500}", mapper.writeValueAsString(tree));
    }

    @Test
    void trailingContentIsAnError() {
        assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{} {}", TestTypes.Plain.class));
    }

    @Test
    void unsignedLongsRoundTripAtTheEdges() throws Exception {
        for (String text : List.of("0", "9223372036854775808", "18446744073709551615")) {
            TestTypes.Unsigned value = mapper.readValue(
                    "{\"Size\":" + text + ",\"Boxed\":" + text + ",\"Sizes\":[" + text + "],"
                            + "\"ByName\":{\"a\":" + text + "}}",
                    TestTypes.Unsigned.class);
            long expected = Long.parseUnsignedLong(text);
            assertEquals(expected, value.size);
            assertEquals(expected, value.boxed);
            assertEquals(List.of(expected), value.sizes);
            assertEquals(Map.of("a", expected), value.byName);
            assertEquals("{\"Size\":" + text + ",\"Boxed\":" + text + ",\"Sizes\":[" + text
                    + "],\"ByName\":{\"a\":" + text + "}}", mapper.writeValueAsString(value));
        }
        assertEquals(Long.MIN_VALUE,
                mapper.readValue("{\"Size\":9223372036854775808}", TestTypes.Unsigned.class).size);
        assertEquals(-1L,
                mapper.readValue("{\"Size\":\"18446744073709551615\"}", TestTypes.Unsigned.class)
                        .size);
    }

    @Test
    void unsignedLongsRejectValuesOutOfRange() {
        for (String text : List.of("-1", "18446744073709551616", "1.5", "\"x\"", "\"-1\"",
                "true")) {
            JsonMappingException e = assertThrows(JsonMappingException.class,
                    () -> mapper.readValue("{\"Sizes\":[" + text + "]}", TestTypes.Unsigned.class),
                    text);
            assertInstanceOf(JsonMappingException.class, e);
            assertEquals("Sizes", e.getPath().get(0).getFieldName(), text);
        }
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"Size\":-1}", TestTypes.Unsigned.class));
        assertTrue(e.getOriginalMessage().contains("not an unsigned 64-bit integer"),
                e.getOriginalMessage());
    }

    @Test
    void unsignedNullsReadAsZeroForPrimitivesAndNullOtherwise() throws Exception {
        TestTypes.Unsigned value = mapper.readValue("{\"Size\":null,\"Boxed\":null}",
                TestTypes.Unsigned.class);
        assertEquals(0L, value.size);
        assertEquals(null, value.boxed);
    }
}
