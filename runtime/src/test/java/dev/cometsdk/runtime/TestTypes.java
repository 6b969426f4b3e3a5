package dev.cometsdk.runtime;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data classes shaped like the generated ones. */
final class TestTypes {

    private TestTypes() {
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class Plain {
        @JsonProperty("Name")
        String name;
    }

    /** A data class that keeps unknown fields, like every generated one. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class Profile implements CometObject {
        @JsonProperty("Name")
        String name;

        @JsonIgnore
        private final Map<String, JsonNode> additional = new LinkedHashMap<>();

        @JsonAnySetter
        void put(String key, JsonNode value) {
            additional.put(key, value);
        }

        @JsonAnyGetter
        @Override
        public Map<String, JsonNode> getAdditionalProperties() {
            return additional;
        }
    }

    /** Like CometAPIResponseMessage. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class StatusMessage implements CometStatusResponse {
        @JsonProperty("Status")
        long status;
        @JsonProperty("Message")
        String message;

        @Override
        public long getStatus() {
            return status;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    /** Like SessionKeyRegeneratedResponse. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class SessionKeyResponse extends StatusMessage {
        @JsonProperty("SessionKey")
        String sessionKey;
    }

    /** A list of users, as in a failure at {@code $.Users[3].Emails}. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class Users {
        @JsonProperty("Users")
        List<User> users;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class User {
        @JsonProperty("Emails")
        List<String> emails;
    }

    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class Unsigned {
        @JsonProperty("Size")
        @JsonSerialize(using = UnsignedLongSerializer.class)
        @JsonDeserialize(using = UnsignedLongDeserializer.class)
        long size;

        @JsonProperty("Boxed")
        @JsonSerialize(using = UnsignedLongSerializer.class)
        @JsonDeserialize(using = UnsignedLongDeserializer.class)
        Long boxed;

        @JsonProperty("Sizes")
        @JsonSerialize(contentUsing = UnsignedLongSerializer.class)
        @JsonDeserialize(contentUsing = UnsignedLongDeserializer.class)
        List<Long> sizes;

        @JsonProperty("ByName")
        @JsonSerialize(contentUsing = UnsignedLongSerializer.class)
        @JsonDeserialize(contentUsing = UnsignedLongDeserializer.class)
        Map<String, Long> byName;
    }
}
