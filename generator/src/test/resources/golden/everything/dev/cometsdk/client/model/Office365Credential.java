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
import dev.cometsdk.runtime.StructDecoder;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Comet data structure {@code Office365Credential}: a JSON object with 2 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * @since Comet Server 21.6.1
 */
@CometJsonObject
@JsonPropertyOrder({
    "TenantID",
    "Secret"
})
@JsonDeserialize(using = Office365Credential.Decoder.class)
public final class Office365Credential implements CometObject {
  @JsonProperty("TenantID")
  private String tenantId;

  @JsonProperty("Secret")
  private String secret;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code Office365Credential} with every field empty: null, zero or false.
   */
  public Office365Credential() {
  }

  /**
   * Returns the JSON field {@code TenantID} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 21.6.1
   */
  public String getTenantId() {
    return tenantId;
  }

  /**
   * Sets the JSON field {@code TenantID} ({@code string}).
   *
   * @param tenantId the new value
   * @since Comet Server 21.6.1
   */
  @JsonSetter("TenantID")
  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  /**
   * Returns the JSON field {@code Secret} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 21.6.1
   */
  public String getSecret() {
    return secret;
  }

  /**
   * Sets the JSON field {@code Secret} ({@code string}).
   *
   * @param secret the new value
   * @since Comet Server 21.6.1
   */
  @JsonSetter("Secret")
  public void setSecret(String secret) {
    this.secret = secret;
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
    if (!(other instanceof Office365Credential)) {
      return false;
    }
    Office365Credential that = (Office365Credential) other;
    return java.util.Objects.equals(tenantId, that.tenantId)
        && java.util.Objects.equals(secret, that.secret)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(tenantId,
        secret,
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
    return "Office365Credential{"
        + "TenantID=" + tenantId
        + ", Secret=" + (secret == null ? null : "(redacted)")
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code Office365Credential} from JSON for Jackson: strings, numbers and booleans straight
   * into the fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<Office365Credential> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link Office365Credential} names this
     * class.
     */
    Decoder() {
      super(Office365Credential.class);
    }

    @Override
    protected Office365Credential create() {
      return new Office365Credential();
    }

    @Override
    protected boolean readString(Office365Credential target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 0: // TenantID
          target.tenantId = parser.getText();
          return true;
        case 1: // Secret
          target.secret = parser.getText();
          return true;
        default:
          return false;
      }
    }
  }
}
