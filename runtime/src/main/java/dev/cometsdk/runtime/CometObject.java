package dev.cometsdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A data structure of the Comet API, as every generated data class implements it. Fields that
 * the class does not know (added by a newer server) are kept here, in the order they came, and
 * are written back unchanged, so that read-modify-write flows lose nothing.
 */
public interface CometObject {

    /**
     * The JSON fields this class has no Java field for.
     *
     * @return the unknown fields by JSON key, in document order; never null
     */
    Map<String, JsonNode> getAdditionalProperties();
}
