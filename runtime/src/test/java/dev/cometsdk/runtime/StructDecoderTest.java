package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The decoder that generated classes name in {@code @JsonDeserialize}, on a hand-written class
 * shaped like a generated one: the expected tokens set fields directly, anything else reads as
 * Jackson reads it, unknown keys are kept, errors name the field, and the guessed key order never
 * changes what is read.
 */
class StructDecoderTest {
    private final ObjectMapper mapper = CometJson.newMapper();

    @Test
    void readsEachKindOfFieldAndKeepsUnknownOnes() throws IOException {
        Node node = mapper.readValue("{\"Name\":\"a\",\"Count\":12345678901,\"Small\":7,\"Ratio\":0.25,"
                + "\"On\":true,\"Tags\":[\"x\",\"y\"],\"New\":{\"k\":[1,2.50]},\"Gone\":null,"
                + "\"Children\":[{\"Name\":\"b\",\"On\":false}]}", Node.class);
        assertEquals("a", node.name);
        assertEquals(12345678901L, node.count);
        assertEquals(7, node.small);
        assertEquals(0.25, node.ratio);
        assertTrue(node.on);
        assertEquals(List.of("x", "y"), node.tags);
        assertEquals(List.of("New", "Gone"), new ArrayList<>(node.getAdditionalProperties().keySet()));
        assertEquals("{\"k\":[1,2.50]}", node.getAdditionalProperties().get("New").toString());
        assertSame(NullNode.getInstance(), node.getAdditionalProperties().get("Gone"));
        assertEquals("b", node.children.get(0).name);
        assertFalse(node.children.get(0).on);
    }

    @Test
    void otherTokensReadAsJacksonReadsThem() throws IOException {
        Node node = mapper.readValue("{\"Name\":null,\"Count\":\"42\",\"Small\":null,\"Ratio\":3,\"On\":\"true\","
                + "\"Tags\":null}", Node.class);
        assertNull(node.name);
        assertEquals(42, node.count);
        assertEquals(0, node.small);
        assertEquals(3.0, node.ratio);
        assertTrue(node.on);
        assertNull(node.tags);
        assertEquals(Map.of(), node.getAdditionalProperties());
        assertEquals("17", mapper.readValue("{\"Name\":17}", Node.class).name, "a number where text is expected");
    }

    @Test
    void errorsNameTheFieldAtEveryLevel() {
        JsonMappingException tooBig = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"Children\":[{},{\"Small\":3000000000}]}", Node.class));
        assertEquals("dev.cometsdk.runtime.StructDecoderTest$Node[\"Children\"]->java.util.ArrayList[1]"
                + "->dev.cometsdk.runtime.StructDecoderTest$Node[\"Small\"]", tooBig.getPathReference());
        JsonMappingException notAnObject = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"Children\":[\"text\"]}", Node.class));
        assertEquals("Children", notAnObject.getPath().get(0).getFieldName());
        JsonMappingException wrongType = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"Tags\":{}}", Node.class));
        assertEquals("Tags", wrongType.getPath().get(0).getFieldName());
    }

    @Test
    void keysInAnyOrderReadTheSame() throws IOException {
        String[] orders = {
            "{\"Name\":\"n\",\"Count\":1,\"Small\":2,\"On\":true,\"Extra\":5}",
            "{\"Extra\":5,\"On\":true,\"Small\":2,\"Count\":1,\"Name\":\"n\"}",
            "{\"Small\":2,\"Name\":\"n\",\"Extra\":5,\"Count\":1,\"On\":true}",
            "{\"Count\":1,\"On\":true,\"Name\":\"n\",\"Small\":2,\"Extra\":5}",
        };
        Node expected = mapper.readValue(orders[0], Node.class);
        for (int round = 0; round < 50; round++) {
            for (String json : orders) {
                Node node = mapper.readValue(json, Node.class);
                assertEquals(expected.name + expected.count + expected.small + expected.on,
                        node.name + node.count + node.small + node.on, json);
                assertEquals(expected.getAdditionalProperties(), node.getAdditionalProperties(), json);
            }
        }
        Node repeated = mapper.readValue("{\"Name\":\"first\",\"Name\":\"second\"}", Node.class);
        assertEquals("second", repeated.name, "the last of a repeated key wins, as in Jackson");
    }

    @Test
    void readsFromTreesAndIntoExistingObjects() throws IOException {
        ObjectNode tree = mapper.createObjectNode().put("Name", "t").put("Count", 3).put("Later", "u");
        Node fromTree = mapper.treeToValue(tree, Node.class);
        assertEquals("t", fromTree.name);
        assertEquals(3, fromTree.count);
        assertEquals("\"u\"", fromTree.getAdditionalProperties().get("Later").toString());

        Node existing = new Node();
        existing.name = "kept";
        existing.small = 9;
        Node updated = mapper.readerForUpdating(existing).readValue("{\"Count\":5}");
        assertSame(existing, updated);
        assertEquals("kept", updated.name);
        assertEquals(9, updated.small);
        assertEquals(5, updated.count);

        assertNull(mapper.readValue("null", Node.class));
        assertEquals(0, mapper.readValue("{}", Node.class).count);
    }

    @Test
    void manyThreadsWithDifferentKeyOrdersReadCorrectly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String json = (i + thread) % 2 == 0
                                ? "{\"Name\":\"n" + i + "\",\"Count\":" + i + ",\"Small\":" + thread + "}"
                                : "{\"Small\":" + thread + ",\"Count\":" + i + ",\"Name\":\"n" + i + "\"}";
                        Node node = mapper.readValue(json, Node.class);
                        assertEquals("n" + i, node.name);
                        assertEquals(i, node.count);
                        assertEquals(thread, node.small);
                        assertTrue(node.getAdditionalProperties().isEmpty());
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Shaped like a generated data class, with the decoder the generator writes for it. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
            creatorVisibility = Visibility.NONE)
    @JsonPropertyOrder({"Name", "Count", "Small", "Ratio", "On", "Tags", "Children"})
    @JsonDeserialize(using = Node.Decoder.class)
    static final class Node implements CometObject {
        @JsonProperty("Name")
        String name;
        @JsonProperty("Count")
        long count;
        @JsonProperty("Small")
        int small;
        @JsonProperty("Ratio")
        double ratio;
        @JsonProperty("On")
        boolean on;
        @JsonProperty("Tags")
        List<String> tags;
        @JsonProperty("Children")
        List<Node> children;
        @JsonIgnore
        Map<String, JsonNode> additionalProperties;

        @JsonSetter("Tags")
        void setTags(List<String> tags) {
            this.tags = tags;
        }

        @JsonSetter("Children")
        void setChildren(List<Node> children) {
            this.children = children;
        }

        @Override
        public Map<String, JsonNode> getAdditionalProperties() {
            if (additionalProperties == null) {
                additionalProperties = new LinkedHashMap<>();
            }
            return additionalProperties;
        }

        @JsonAnySetter
        void setAdditionalProperty(String key, JsonNode value) {
            getAdditionalProperties().put(key, value);
        }

        @JsonAnyGetter
        Map<String, JsonNode> unknownFields() {
            return additionalProperties == null ? Collections.emptyMap() : additionalProperties;
        }

        static final class Decoder extends StructDecoder<Node> {
            private static final long serialVersionUID = 1L;

            Decoder() {
                super(Node.class);
            }

            @Override
            protected Node create() {
                return new Node();
            }

            @Override
            protected boolean readString(Node target, int key, JsonParser parser) throws IOException {
                switch (key) {
                    case 0: // Name
                        target.name = parser.getText();
                        return true;
                    default:
                        return false;
                }
            }

            @Override
            protected boolean readInteger(Node target, int key, JsonParser parser) throws IOException {
                switch (key) {
                    case 1: // Count
                        target.count = parser.getLongValue();
                        return true;
                    case 2: // Small
                        target.small = parser.getIntValue();
                        return true;
                    default:
                        return false;
                }
            }

            @Override
            protected boolean readDecimal(Node target, int key, JsonParser parser) throws IOException {
                switch (key) {
                    case 3: // Ratio
                        target.ratio = parser.getDoubleValue();
                        return true;
                    default:
                        return false;
                }
            }

            @Override
            protected boolean readBoolean(Node target, int key, boolean bool) {
                switch (key) {
                    case 4: // On
                        target.on = bool;
                        return true;
                    default:
                        return false;
                }
            }
        }
    }
}
