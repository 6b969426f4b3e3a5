// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cometsdk.runtime.CometJsonObject;
import dev.cometsdk.runtime.CometObject;
import dev.cometsdk.runtime.StructDecoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Comet data structure {@code StatResult}: a JSON object with 2 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * <p>Returned by {@code adminMetaStats}.
 *
 * @since Comet Server 18.8.1
 */
@CometJsonObject
@JsonPropertyOrder({
    "Days",
    "Credential"
})
@JsonDeserialize(using = StatResult.Decoder.class)
public final class StatResult implements CometObject {
  @JsonProperty("Days")
  private List<Long> days;

  @JsonProperty("Credential")
  private Office365Credential credential;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code StatResult} with every field empty: null, zero or false.
   */
  public StatResult() {
  }

  /**
   * Returns the JSON field {@code Days} ({@code list&lt;LogDay&gt;}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public List<Long> getDays() {
    return days;
  }

  /**
   * Sets the JSON field {@code Days} ({@code list&lt;LogDay&gt;}).
   *
   * @param days the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Days")
  public void setDays(List<Long> days) {
    this.days = days;
  }

  /**
   * Returns the JSON field {@code Credential} ({@code RestoreOffice365Credential}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public Office365Credential getCredential() {
    return credential;
  }

  /**
   * Sets the JSON field {@code Credential} ({@code RestoreOffice365Credential}).
   *
   * @param credential the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Credential")
  public void setCredential(Office365Credential credential) {
    this.credential = credential;
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
    if (!(other instanceof StatResult)) {
      return false;
    }
    StatResult that = (StatResult) other;
    return java.util.Objects.equals(days, that.days)
        && java.util.Objects.equals(credential, that.credential)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(days,
        credential,
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
    return "StatResult{"
        + "Days=" + days
        + ", Credential=" + credential
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code StatResult} from JSON for Jackson: strings, numbers and booleans straight into the
   * fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<StatResult> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link StatResult} names this class.
     */
    Decoder() {
      super(StatResult.class);
    }

    @Override
    protected StatResult create() {
      return new StatResult();
    }
  }
}
