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
 * The Comet data structure {@code Decoder}: a JSON object with 2 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * @since Comet Server 25.6.8
 */
@CometJsonObject
@JsonPropertyOrder({
    "Name",
    "Inner"
})
@JsonDeserialize(using = Decoder.Decoder_.class)
public final class Decoder implements CometObject {
  @JsonProperty("Name")
  private String name;

  @JsonProperty("Inner")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private List<Decoder> inner;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code Decoder} with every field empty: null, zero or false.
   */
  public Decoder() {
  }

  /**
   * Returns the JSON field {@code Name} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public String getName() {
    return name;
  }

  /**
   * Sets the JSON field {@code Name} ({@code string}).
   *
   * @param name the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   * Returns the JSON field {@code Inner} ({@code list&lt;Decoder&gt;}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public List<Decoder> getInner() {
    return inner;
  }

  /**
   * Sets the JSON field {@code Inner} ({@code list&lt;Decoder&gt;}).
   *
   * @param inner the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Inner")
  public void setInner(List<Decoder> inner) {
    this.inner = inner;
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
    if (!(other instanceof Decoder)) {
      return false;
    }
    Decoder that = (Decoder) other;
    return java.util.Objects.equals(name, that.name)
        && java.util.Objects.equals(inner, that.inner)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name,
        inner,
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
    return "Decoder{"
        + "Name=" + name
        + ", Inner=" + inner
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code Decoder} from JSON for Jackson: strings, numbers and booleans straight into the
   * fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder_ extends StructDecoder<Decoder> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link Decoder} names this class.
     */
    Decoder_() {
      super(Decoder.class);
    }

    @Override
    protected Decoder create() {
      return new Decoder();
    }

    @Override
    protected boolean readString(Decoder target, int key, JsonParser parser) throws IOException {
      switch (key) {
        case 0: // Name
          target.name = parser.getText();
          return true;
        default:
          return false;
      }
    }
  }
}
