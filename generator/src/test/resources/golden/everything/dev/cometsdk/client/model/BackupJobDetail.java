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
 * The Comet data structure {@code BackupJobDetail}: a JSON object with 6 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * <p>Returned by {@code adminListJobs}.
 *
 * @since Comet Server 18.8.1
 */
@CometJsonObject
@JsonPropertyOrder({
    "GUID",
    "Status",
    "Classification",
    "StartTime",
    "TotalSize",
    "Retention"
})
@JsonDeserialize(using = BackupJobDetail.Decoder.class)
public final class BackupJobDetail implements CometObject {
  @JsonProperty("GUID")
  private String guid;

  @JsonProperty("Status")
  private int status;

  @JsonProperty("Classification")
  private int classification;

  @JsonProperty("StartTime")
  private long startTime;

  @JsonProperty("TotalSize")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonSerialize(using = UnsignedLongSerializer.class)
  @JsonDeserialize(using = UnsignedLongDeserializer.class)
  private long totalSize;

  @JsonProperty("Retention")
  private long retention;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code BackupJobDetail} with every field empty: null, zero or false.
   */
  public BackupJobDetail() {
  }

  /**
   * Returns the JSON field {@code GUID} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 18.8.1
   */
  public String getGuid() {
    return guid;
  }

  /**
   * Sets the JSON field {@code GUID} ({@code string}).
   *
   * @param guid the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("GUID")
  public void setGuid(String guid) {
    this.guid = guid;
  }

  /**
   * Returns the JSON field {@code Status} ({@code JobStatus}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 18.8.1
   */
  public int getStatus() {
    return status;
  }

  /**
   * Sets the JSON field {@code Status} ({@code JobStatus}).
   *
   * @param status the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("Status")
  public void setStatus(int status) {
    this.status = status;
  }

  /**
   * Returns the JSON field {@code Classification} ({@code JobClassification}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 18.8.1
   */
  public int getClassification() {
    return classification;
  }

  /**
   * Sets the JSON field {@code Classification} ({@code JobClassification}).
   *
   * @param classification the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("Classification")
  public void setClassification(int classification) {
    this.classification = classification;
  }

  /**
   * Returns the JSON field {@code StartTime} ({@code int64}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 18.8.1
   */
  public long getStartTime() {
    return startTime;
  }

  /**
   * Sets the JSON field {@code StartTime} ({@code int64}).
   *
   * @param startTime the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("StartTime")
  public void setStartTime(long startTime) {
    this.startTime = startTime;
  }

  /**
   * Returns the JSON field {@code TotalSize} ({@code uint64}). The {@code long} holds an unsigned
   * value: read it with {@link Long#toUnsignedString(long)}.
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 18.8.1
   */
  public long getTotalSize() {
    return totalSize;
  }

  /**
   * Sets the JSON field {@code TotalSize} ({@code uint64}). The {@code long} holds an unsigned
   * value: read it with {@link Long#toUnsignedString(long)}.
   *
   * @param totalSize the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 18.8.1
   */
  @JsonSetter("TotalSize")
  public void setTotalSize(long totalSize) {
    this.totalSize = totalSize;
  }

  /**
   * Returns the JSON field {@code Retention} ({@code RetentionLevel}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public long getRetention() {
    return retention;
  }

  /**
   * Sets the JSON field {@code Retention} ({@code RetentionLevel}).
   *
   * @param retention the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Retention")
  public void setRetention(long retention) {
    this.retention = retention;
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
    if (!(other instanceof BackupJobDetail)) {
      return false;
    }
    BackupJobDetail that = (BackupJobDetail) other;
    return java.util.Objects.equals(guid, that.guid)
        && status == that.status
        && classification == that.classification
        && startTime == that.startTime
        && totalSize == that.totalSize
        && retention == that.retention
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(guid,
        status,
        classification,
        startTime,
        totalSize,
        retention,
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
    return "BackupJobDetail{"
        + "GUID=" + guid
        + ", Status=" + status
        + ", Classification=" + classification
        + ", StartTime=" + startTime
        + ", TotalSize=" + Long.toUnsignedString(totalSize)
        + ", Retention=" + retention
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code BackupJobDetail} from JSON for Jackson: strings, numbers and booleans straight
   * into the fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<BackupJobDetail> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link BackupJobDetail} names this class.
     */
    Decoder() {
      super(BackupJobDetail.class);
    }

    @Override
    protected BackupJobDetail create() {
      return new BackupJobDetail();
    }

    @Override
    protected boolean readString(BackupJobDetail target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 0: // GUID
          target.guid = parser.getText();
          return true;
        default:
          return false;
      }
    }

    @Override
    protected boolean readInteger(BackupJobDetail target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 1: // Status
          target.status = parser.getIntValue();
          return true;
        case 2: // Classification
          target.classification = parser.getIntValue();
          return true;
        case 3: // StartTime
          target.startTime = parser.getLongValue();
          return true;
        case 5: // Retention
          target.retention = parser.getLongValue();
          return true;
        default:
          return false;
      }
    }
  }
}
