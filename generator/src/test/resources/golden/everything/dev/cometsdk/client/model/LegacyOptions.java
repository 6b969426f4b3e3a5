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
 * The Comet data structure {@code LegacyOptions}: a JSON object with 1 known field.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * <p>Sent by {@code adminOldThing}.
 *
 * @deprecated Marked deprecated by Comet since server 21.12.0; kept so that existing code keeps
 *     compiling.
 * @since Comet Server 25.6.8
 */
@CometJsonObject
@JsonPropertyOrder("Setting")
@JsonDeserialize(using = LegacyOptions.Decoder.class)
@Deprecated
public final class LegacyOptions implements CometObject {
  @JsonProperty("Setting")
  private String setting;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code LegacyOptions} with every field empty: null, zero or false.
   */
  public LegacyOptions() {
  }

  /**
   * Returns the JSON field {@code Setting} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public String getSetting() {
    return setting;
  }

  /**
   * Sets the JSON field {@code Setting} ({@code string}).
   *
   * @param setting the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Setting")
  public void setSetting(String setting) {
    this.setting = setting;
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
    if (!(other instanceof LegacyOptions)) {
      return false;
    }
    LegacyOptions that = (LegacyOptions) other;
    return java.util.Objects.equals(setting, that.setting)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(setting,
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
    return "LegacyOptions{"
        + "Setting=" + setting
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code LegacyOptions} from JSON for Jackson: strings, numbers and booleans straight into
   * the fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<LegacyOptions> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link LegacyOptions} names this class.
     */
    Decoder() {
      super(LegacyOptions.class);
    }

    @Override
    protected LegacyOptions create() {
      return new LegacyOptions();
    }

    @Override
    protected boolean readString(LegacyOptions target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 0: // Setting
          target.setting = parser.getText();
          return true;
        default:
          return false;
      }
    }
  }
}
