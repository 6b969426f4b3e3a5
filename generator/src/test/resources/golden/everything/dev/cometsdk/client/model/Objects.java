// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.List;
import java.util.Map;

/**
 * The Comet data structure {@code Objects}: a JSON object with 3 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * @since Comet Server 25.6.8
 */
@CometJsonObject
@JsonPropertyOrder({
    "Count",
    "Names",
    "Codec"
})
@JsonDeserialize(using = Objects.Decoder.class)
public final class Objects implements CometObject {
  @JsonProperty("Count")
  private long count;

  @JsonProperty("Names")
  private List<String> names;

  @JsonProperty("Codec")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private dev.cometsdk.client.model.Decoder codec;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code Objects} with every field empty: null, zero or false.
   */
  public Objects() {
  }

  /**
   * Returns the JSON field {@code Count} ({@code int}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public long getCount() {
    return count;
  }

  /**
   * Sets the JSON field {@code Count} ({@code int}).
   *
   * @param count the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Count")
  public void setCount(long count) {
    this.count = count;
  }

  /**
   * Returns the JSON field {@code Names} ({@code list&lt;string&gt;}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public List<String> getNames() {
    return names;
  }

  /**
   * Sets the JSON field {@code Names} ({@code list&lt;string&gt;}).
   *
   * @param names the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Names")
  public void setNames(List<String> names) {
    this.names = names;
  }

  /**
   * Returns the JSON field {@code Codec} ({@code Decoder}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public dev.cometsdk.client.model.Decoder getCodec() {
    return codec;
  }

  /**
   * Sets the JSON field {@code Codec} ({@code Decoder}).
   *
   * @param codec the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Codec")
  public void setCodec(dev.cometsdk.client.model.Decoder codec) {
    this.codec = codec;
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
    if (!(other instanceof Objects)) {
      return false;
    }
    Objects that = (Objects) other;
    return count == that.count
        && java.util.Objects.equals(names, that.names)
        && java.util.Objects.equals(codec, that.codec)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(count,
        names,
        codec,
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
    return "Objects{"
        + "Count=" + count
        + ", Names=" + names
        + ", Codec=" + codec
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code Objects} from JSON for Jackson: strings, numbers and booleans straight into the
   * fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<Objects> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link Objects} names this class.
     */
    Decoder() {
      super(Objects.class);
    }

    @Override
    protected Objects create() {
      return new Objects();
    }

    @Override
    protected boolean readInteger(Objects target, int key, JsonParser parser) throws IOException {
      switch (key) {
        case 0: // Count
          target.count = parser.getLongValue();
          return true;
        default:
          return false;
      }
    }
  }
}
