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
import java.util.Map;

/**
 * The Comet data structure {@code ServerMetaBrandingProperties}: a JSON object with 2 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * <p>Returned by {@code brandingProps}.
 *
 * @since Comet Server 21.6.6
 */
@CometJsonObject
@JsonPropertyOrder({
    "BrandName",
    "Buckets"
})
@JsonDeserialize(using = ServerMetaBrandingProperties.Decoder.class)
public final class ServerMetaBrandingProperties implements CometObject {
  @JsonProperty("BrandName")
  private String brandName;

  @JsonProperty("Buckets")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private Map<String, BucketProperties> buckets;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code ServerMetaBrandingProperties} with every field empty: null, zero or false.
   */
  public ServerMetaBrandingProperties() {
  }

  /**
   * Returns the JSON field {@code BrandName} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 21.6.6
   */
  public String getBrandName() {
    return brandName;
  }

  /**
   * Sets the JSON field {@code BrandName} ({@code string}).
   *
   * @param brandName the new value
   * @since Comet Server 21.6.6
   */
  @JsonSetter("BrandName")
  public void setBrandName(String brandName) {
    this.brandName = brandName;
  }

  /**
   * Returns the JSON field {@code Buckets} ({@code BucketMap}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public Map<String, BucketProperties> getBuckets() {
    return buckets;
  }

  /**
   * Sets the JSON field {@code Buckets} ({@code BucketMap}).
   *
   * @param buckets the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Buckets")
  public void setBuckets(Map<String, BucketProperties> buckets) {
    this.buckets = buckets;
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
    if (!(other instanceof ServerMetaBrandingProperties)) {
      return false;
    }
    ServerMetaBrandingProperties that = (ServerMetaBrandingProperties) other;
    return java.util.Objects.equals(brandName, that.brandName)
        && java.util.Objects.equals(buckets, that.buckets)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(brandName,
        buckets,
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
    return "ServerMetaBrandingProperties{"
        + "BrandName=" + brandName
        + ", Buckets=" + buckets
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code ServerMetaBrandingProperties} from JSON for Jackson: strings, numbers and booleans
   * straight into the fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<ServerMetaBrandingProperties> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link ServerMetaBrandingProperties} names
     * this class.
     */
    Decoder() {
      super(ServerMetaBrandingProperties.class);
    }

    @Override
    protected ServerMetaBrandingProperties create() {
      return new ServerMetaBrandingProperties();
    }

    @Override
    protected boolean readString(ServerMetaBrandingProperties target, int key, JsonParser parser)
        throws IOException {
      switch (key) {
        case 0: // BrandName
          target.brandName = parser.getText();
          return true;
        default:
          return false;
      }
    }
  }
}
