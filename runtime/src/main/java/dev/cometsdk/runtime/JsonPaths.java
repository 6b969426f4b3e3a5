package dev.cometsdk.runtime;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Writes Jackson's reference chain as a JSONPath such as {@code $.Users[3].Emails}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder("$");
        if (path == null) {
            return out.toString();
        }
        for (JsonMappingException.Reference ref : path) {
            String field = ref.getFieldName();
            if (field != null) {
                if (field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    out.append('.').append(field);
                } else {
                    out.append("['").append(field.replace("\\", "\\\\").replace("'", "\\'"))
                            .append("']");
                }
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
