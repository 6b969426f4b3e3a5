// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cometsdk.runtime.CometJsonObject;
import dev.cometsdk.runtime.CometObject;
import dev.cometsdk.runtime.CometStatusResponse;
import dev.cometsdk.runtime.StructDecoder;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Comet data structure {@code SessionKeyRegeneratedResponse}: a JSON object with 4 known
 * fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * <p>Returned by {@code adminAccountSessionStart}, {@code hybridSessionStart}.
 *
 * @since Comet Server 18.8.1
 */
@CometJsonObject
@JsonPropertyOrder({
    "Status",
    "Message",
    "SessionKey",
    "SessionType"
})
@JsonDeserialize(using = SessionKeyRegeneratedResponse.Decoder.class)
public final class SessionKeyRegeneratedResponse implements CometObject, CometStatusResponse {
  @JsonProperty("Status")
  private long status;

  @JsonProperty("Message")
  private String message;

  @JsonProperty("SessionKey")
  private String sessionKey;

  @JsonProperty("SessionType")
  private String sessionType;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code SessionKeyRegeneratedResponse} with every field empty: null, zero or false.
   */
  public SessionKeyRegeneratedResponse() {
  }

  /**
   * Returns the JSON field {@code Status} ({@code int}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 18.8.1
   */
  public long getStatus() {
    return status;
  }

  /**
   * Sets the JSON field {@code Status} ({@code int}).
   *
   * @param status the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("Status")
  public void setStatus(long status) {
    this.status = status;
  }

  /**
   * Returns the JSON field {@code Message} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 18.8.1
   */
  public String getMessage() {
    return message;
  }

  /**
   * Sets the JSON field {@code Message} ({@code string}).
   *
   * @param message the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("Message")
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   * Returns the JSON field {@code SessionKey} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 18.8.1
   */
  public String getSessionKey() {
    return sessionKey;
  }

  /**
   * Sets the JSON field {@code SessionKey} ({@code string}).
   *
   * @param sessionKey the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("SessionKey")
  public void setSessionKey(String sessionKey) {
    this.sessionKey = sessionKey;
  }

  /**
   * Returns the JSON field {@code SessionType} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 18.12.6
   */
  public String getSessionType() {
    return sessionType;
  }

  /**
   * Sets the JSON field {@code SessionType} ({@code string}).
   *
   * @param sessionType the new value
   * @since Comet Server 18.12.6
   */
  @JsonSetter("SessionType")
  public void setSessionType(String sessionType) {
    this.sessionType = sessionType;
  }

  /**
   * Returns the JSON fields that this SDK does not know, in the order the server sent them. They
   * are written back unchanged when this object is sent.
   *
   * @return the unknown fields by JSON key; a live, modifiable map
   */
  @Override
  public Map<String, JsonNode> getAdditionalProperties() {
    if (additionalProperties == null) {
      additionalProperties = new LinkedHashMap<>();
    }
    return additionalProperties;
  }

  /**
   * Keeps a JSON field that this SDK does not know.
   *
   * @param name the JSON key
   * @param value the JSON value, kept exactly
   */
  @JsonAnySetter
  public void setAdditionalProperty(String name, JsonNode value) {
    getAdditionalProperties().put(name, value);
  }

  /**
   * The unknown fields as Jackson writes them back; empty, not created, when there are none.
   *
   * @return the unknown fields, or an empty map
   */
  @JsonAnyGetter
  private Map<String, JsonNode> unknownFields() {
    return additionalProperties == null ? Collections.emptyMap() : additionalProperties;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof SessionKeyRegeneratedResponse)) {
      return false;
    }
    SessionKeyRegeneratedResponse that = (SessionKeyRegeneratedResponse) other;
    return status == that.status
        && java.util.Objects.equals(message, that.message)
        && java.util.Objects.equals(sessionKey, that.sessionKey)
        && java.util.Objects.equals(sessionType, that.sessionType)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(status,
        message,
        sessionKey,
        sessionType,
        unknownFields());
  }

  /**
   * Describes this object for logs. Secrets (passwords, keys, tokens, one-time codes) are printed
   * as {@code (redacted)}, and unknown fields by name only.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "SessionKeyRegeneratedResponse{"
        + "Status=" + status
        + ", Message=" + message
        + ", SessionKey=" + (sessionKey == null ? null : "(redacted)")
        + ", SessionType=" + sessionType
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code SessionKeyRegeneratedResponse} from JSON for Jackson: strings, numbers and
   * booleans straight into the fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<SessionKeyRegeneratedResponse> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link SessionKeyRegeneratedResponse} names
     * this class.
     */
    Decoder() {
      super(SessionKeyRegeneratedResponse.class);
    }

    @Override
    protected SessionKeyRegeneratedResponse create() {
      return new SessionKeyRegeneratedResponse();
    }

    @Override
    protected boolean readString(SessionKeyRegeneratedResponse target, int key, JsonParser parser)
        throws IOException {
      switch (key) {
        case 1: // Message
          target.message = parser.getText();
          return true;
        case 2: // SessionKey
          target.sessionKey = parser.getText();
          return true;
        case 3: // SessionType
          target.sessionType = parser.getText();
          return true;
        default:
          return false;
      }
    }

    @Override
    protected boolean readInteger(SessionKeyRegeneratedResponse target, int key, JsonParser parser)
        throws IOException {
      switch (key) {
        case 0: // Status
          target.status = parser.getLongValue();
          return true;
        default:
          return false;
      }
    }
  }
}
