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
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cometsdk.runtime.CometJsonObject;
import dev.cometsdk.runtime.CometObject;
import dev.cometsdk.runtime.StructDecoder;
import dev.cometsdk.runtime.UnsignedLongDeserializer;
import dev.cometsdk.runtime.UnsignedLongSerializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Comet data structure {@code BucketProperties}: a JSON object with 2 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * @since Comet Server 18.8.1
 */
@CometJsonObject
@JsonPropertyOrder({
    "Size",
    "ReadWriteKey"
})
@JsonDeserialize(using = BucketProperties.Decoder.class)
public final class BucketProperties implements CometObject {
  @JsonProperty("Size")
  @JsonSerialize(using = UnsignedLongSerializer.class)
  @JsonDeserialize(using = UnsignedLongDeserializer.class)
  private long size;

  @JsonProperty("ReadWriteKey")
  private String readWriteKey;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code BucketProperties} with every field empty: null, zero or false.
   */
  public BucketProperties() {
  }

  /**
   * Returns the JSON field {@code Size} ({@code uint64}). The {@code long} holds an unsigned value:
   * read it with {@link Long#toUnsignedString(long)}.
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 18.8.1
   */
  public long getSize() {
    return size;
  }

  /**
   * Sets the JSON field {@code Size} ({@code uint64}). The {@code long} holds an unsigned value:
   * read it with {@link Long#toUnsignedString(long)}.
   *
   * @param size the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("Size")
  public void setSize(long size) {
    this.size = size;
  }

  /**
   * Returns the JSON field {@code ReadWriteKey} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 18.8.1
   */
  public String getReadWriteKey() {
    return readWriteKey;
  }

  /**
   * Sets the JSON field {@code ReadWriteKey} ({@code string}).
   *
   * @param readWriteKey the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("ReadWriteKey")
  public void setReadWriteKey(String readWriteKey) {
    this.readWriteKey = readWriteKey;
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
    if (!(other instanceof BucketProperties)) {
      return false;
    }
    BucketProperties that = (BucketProperties) other;
    return size == that.size
        && java.util.Objects.equals(readWriteKey, that.readWriteKey)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(size,
        readWriteKey,
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
    return "BucketProperties{"
        + "Size=" + Long.toUnsignedString(size)
        + ", ReadWriteKey=" + (readWriteKey == null ? null : "(redacted)")
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code BucketProperties} from JSON for Jackson: strings, numbers and booleans straight
   * into the fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<BucketProperties> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link BucketProperties} names this class.
     */
    Decoder() {
      super(BucketProperties.class);
    }

    @Override
    protected BucketProperties create() {
      return new BucketProperties();
    }

    @Override
    protected boolean readString(BucketProperties target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 1: // ReadWriteKey
          target.readWriteKey = parser.getText();
          return true;
        default:
          return false;
      }
    }
  }
}
