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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Comet data structure {@code AllPrimitives}: a JSON object with 20 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * @since Comet Server 25.6.8
 */
@CometJsonObject
@JsonPropertyOrder({
    "AString",
    "ABool",
    "AnInt",
    "AnInt8",
    "AnInt16",
    "AnInt32",
    "AnInt64",
    "AUint",
    "AUint8",
    "AUint16",
    "AUint32",
    "AUint64",
    "AByte",
    "AFloat32",
    "AFloat64",
    "SomeBytes",
    "Anything",
    "Sizes",
    "Totals",
    "Nested"
})
@JsonDeserialize(using = AllPrimitives.Decoder.class)
public final class AllPrimitives implements CometObject {
  @JsonProperty("AString")
  private String astring;

  @JsonProperty("ABool")
  private boolean abool;

  @JsonProperty("AnInt")
  private long anInt;

  @JsonProperty("AnInt8")
  private int anInt8;

  @JsonProperty("AnInt16")
  private int anInt16;

  @JsonProperty("AnInt32")
  private int anInt32;

  @JsonProperty("AnInt64")
  private long anInt64;

  @JsonProperty("AUint")
  @JsonSerialize(using = UnsignedLongSerializer.class)
  @JsonDeserialize(using = UnsignedLongDeserializer.class)
  private long auint;

  @JsonProperty("AUint8")
  private int auint8;

  @JsonProperty("AUint16")
  private int auint16;

  @JsonProperty("AUint32")
  private long auint32;

  @JsonProperty("AUint64")
  @JsonSerialize(using = UnsignedLongSerializer.class)
  @JsonDeserialize(using = UnsignedLongDeserializer.class)
  private long auint64;

  @JsonProperty("AByte")
  private int abyte;

  @JsonProperty("AFloat32")
  private float afloat32;

  @JsonProperty("AFloat64")
  private double afloat64;

  @JsonProperty("SomeBytes")
  private byte[] someBytes;

  @JsonProperty("Anything")
  private JsonNode anything;

  @JsonProperty("Sizes")
  @JsonSerialize(contentUsing = UnsignedLongSerializer.class)
  @JsonDeserialize(contentUsing = UnsignedLongDeserializer.class)
  private List<Long> sizes;

  @JsonProperty("Totals")
  @JsonSerialize(contentUsing = UnsignedLongSerializer.class)
  @JsonDeserialize(contentUsing = UnsignedLongDeserializer.class)
  private Map<String, Long> totals;

  @JsonProperty("Nested")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private Map<String, List<String>> nested;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code AllPrimitives} with every field empty: null, zero or false.
   */
  public AllPrimitives() {
  }

  /**
   * Returns the JSON field {@code AString} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public String getAstring() {
    return astring;
  }

  /**
   * Sets the JSON field {@code AString} ({@code string}).
   *
   * @param astring the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AString")
  public void setAstring(String astring) {
    this.astring = astring;
  }

  /**
   * Returns the JSON field {@code ABool} ({@code bool}).
   *
   * @return the value; false when the server did not send it
   * @since Comet Server 25.6.8
   */
  public boolean isAbool() {
    return abool;
  }

  /**
   * Sets the JSON field {@code ABool} ({@code bool}).
   *
   * @param abool the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("ABool")
  public void setAbool(boolean abool) {
    this.abool = abool;
  }

  /**
   * Returns the JSON field {@code AnInt} ({@code int}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public long getAnInt() {
    return anInt;
  }

  /**
   * Sets the JSON field {@code AnInt} ({@code int}).
   *
   * @param anInt the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AnInt")
  public void setAnInt(long anInt) {
    this.anInt = anInt;
  }

  /**
   * Returns the JSON field {@code AnInt8} ({@code int8}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public int getAnInt8() {
    return anInt8;
  }

  /**
   * Sets the JSON field {@code AnInt8} ({@code int8}).
   *
   * @param anInt8 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AnInt8")
  public void setAnInt8(int anInt8) {
    this.anInt8 = anInt8;
  }

  /**
   * Returns the JSON field {@code AnInt16} ({@code int16}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public int getAnInt16() {
    return anInt16;
  }

  /**
   * Sets the JSON field {@code AnInt16} ({@code int16}).
   *
   * @param anInt16 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AnInt16")
  public void setAnInt16(int anInt16) {
    this.anInt16 = anInt16;
  }

  /**
   * Returns the JSON field {@code AnInt32} ({@code int32}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public int getAnInt32() {
    return anInt32;
  }

  /**
   * Sets the JSON field {@code AnInt32} ({@code int32}).
   *
   * @param anInt32 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AnInt32")
  public void setAnInt32(int anInt32) {
    this.anInt32 = anInt32;
  }

  /**
   * Returns the JSON field {@code AnInt64} ({@code int64}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public long getAnInt64() {
    return anInt64;
  }

  /**
   * Sets the JSON field {@code AnInt64} ({@code int64}).
   *
   * @param anInt64 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AnInt64")
  public void setAnInt64(long anInt64) {
    this.anInt64 = anInt64;
  }

  /**
   * Returns the JSON field {@code AUint} ({@code uint}). The {@code long} holds an unsigned value:
   * read it with {@link Long#toUnsignedString(long)}.
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public long getAuint() {
    return auint;
  }

  /**
   * Sets the JSON field {@code AUint} ({@code uint}). The {@code long} holds an unsigned value:
   * read it with {@link Long#toUnsignedString(long)}.
   *
   * @param auint the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AUint")
  public void setAuint(long auint) {
    this.auint = auint;
  }

  /**
   * Returns the JSON field {@code AUint8} ({@code uint8}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public int getAuint8() {
    return auint8;
  }

  /**
   * Sets the JSON field {@code AUint8} ({@code uint8}).
   *
   * @param auint8 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AUint8")
  public void setAuint8(int auint8) {
    this.auint8 = auint8;
  }

  /**
   * Returns the JSON field {@code AUint16} ({@code uint16}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public int getAuint16() {
    return auint16;
  }

  /**
   * Sets the JSON field {@code AUint16} ({@code uint16}).
   *
   * @param auint16 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AUint16")
  public void setAuint16(int auint16) {
    this.auint16 = auint16;
  }

  /**
   * Returns the JSON field {@code AUint32} ({@code uint32}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public long getAuint32() {
    return auint32;
  }

  /**
   * Sets the JSON field {@code AUint32} ({@code uint32}).
   *
   * @param auint32 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AUint32")
  public void setAuint32(long auint32) {
    this.auint32 = auint32;
  }

  /**
   * Returns the JSON field {@code AUint64} ({@code uint64}). The {@code long} holds an unsigned
   * value: read it with {@link Long#toUnsignedString(long)}.
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public long getAuint64() {
    return auint64;
  }

  /**
   * Sets the JSON field {@code AUint64} ({@code uint64}). The {@code long} holds an unsigned value:
   * read it with {@link Long#toUnsignedString(long)}.
   *
   * @param auint64 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AUint64")
  public void setAuint64(long auint64) {
    this.auint64 = auint64;
  }

  /**
   * Returns the JSON field {@code AByte} ({@code byte}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public int getAbyte() {
    return abyte;
  }

  /**
   * Sets the JSON field {@code AByte} ({@code byte}).
   *
   * @param abyte the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AByte")
  public void setAbyte(int abyte) {
    this.abyte = abyte;
  }

  /**
   * Returns the JSON field {@code AFloat32} ({@code float32}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public float getAfloat32() {
    return afloat32;
  }

  /**
   * Sets the JSON field {@code AFloat32} ({@code float32}).
   *
   * @param afloat32 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AFloat32")
  public void setAfloat32(float afloat32) {
    this.afloat32 = afloat32;
  }

  /**
   * Returns the JSON field {@code AFloat64} ({@code float64}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public double getAfloat64() {
    return afloat64;
  }

  /**
   * Sets the JSON field {@code AFloat64} ({@code float64}).
   *
   * @param afloat64 the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("AFloat64")
  public void setAfloat64(double afloat64) {
    this.afloat64 = afloat64;
  }

  /**
   * Returns the JSON field {@code SomeBytes} ({@code bytes}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public byte[] getSomeBytes() {
    return someBytes;
  }

  /**
   * Sets the JSON field {@code SomeBytes} ({@code bytes}).
   *
   * @param someBytes the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("SomeBytes")
  public void setSomeBytes(byte[] someBytes) {
    this.someBytes = someBytes;
  }

  /**
   * Returns the JSON field {@code Anything} ({@code any}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public JsonNode getAnything() {
    return anything;
  }

  /**
   * Sets the JSON field {@code Anything} ({@code any}).
   *
   * @param anything the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Anything")
  public void setAnything(JsonNode anything) {
    this.anything = anything;
  }

  /**
   * Returns the JSON field {@code Sizes} ({@code list&lt;uint64&gt;}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public List<Long> getSizes() {
    return sizes;
  }

  /**
   * Sets the JSON field {@code Sizes} ({@code list&lt;uint64&gt;}).
   *
   * @param sizes the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Sizes")
  public void setSizes(List<Long> sizes) {
    this.sizes = sizes;
  }

  /**
   * Returns the JSON field {@code Totals} ({@code map&lt;string,uint64&gt;}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public Map<String, Long> getTotals() {
    return totals;
  }

  /**
   * Sets the JSON field {@code Totals} ({@code map&lt;string,uint64&gt;}).
   *
   * @param totals the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Totals")
  public void setTotals(Map<String, Long> totals) {
    this.totals = totals;
  }

  /**
   * Returns the JSON field {@code Nested} ({@code map&lt;string,list&lt;string&gt;&gt;}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public Map<String, List<String>> getNested() {
    return nested;
  }

  /**
   * Sets the JSON field {@code Nested} ({@code map&lt;string,list&lt;string&gt;&gt;}).
   *
   * @param nested the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Nested")
  public void setNested(Map<String, List<String>> nested) {
    this.nested = nested;
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
    if (!(other instanceof AllPrimitives)) {
      return false;
    }
    AllPrimitives that = (AllPrimitives) other;
    return java.util.Objects.equals(astring, that.astring)
        && abool == that.abool
        && anInt == that.anInt
        && anInt8 == that.anInt8
        && anInt16 == that.anInt16
        && anInt32 == that.anInt32
        && anInt64 == that.anInt64
        && auint == that.auint
        && auint8 == that.auint8
        && auint16 == that.auint16
        && auint32 == that.auint32
        && auint64 == that.auint64
        && abyte == that.abyte
        && Float.compare(afloat32, that.afloat32) == 0
        && Double.compare(afloat64, that.afloat64) == 0
        && Arrays.equals(someBytes, that.someBytes)
        && java.util.Objects.equals(anything, that.anything)
        && java.util.Objects.equals(sizes, that.sizes)
        && java.util.Objects.equals(totals, that.totals)
        && java.util.Objects.equals(nested, that.nested)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(astring,
        abool,
        anInt,
        anInt8,
        anInt16,
        anInt32,
        anInt64,
        auint,
        auint8,
        auint16,
        auint32,
        auint64,
        abyte,
        afloat32,
        afloat64,
        Arrays.hashCode(someBytes),
        anything,
        sizes,
        totals,
        nested,
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
    return "AllPrimitives{"
        + "AString=" + astring
        + ", ABool=" + abool
        + ", AnInt=" + anInt
        + ", AnInt8=" + anInt8
        + ", AnInt16=" + anInt16
        + ", AnInt32=" + anInt32
        + ", AnInt64=" + anInt64
        + ", AUint=" + Long.toUnsignedString(auint)
        + ", AUint8=" + auint8
        + ", AUint16=" + auint16
        + ", AUint32=" + auint32
        + ", AUint64=" + Long.toUnsignedString(auint64)
        + ", AByte=" + abyte
        + ", AFloat32=" + afloat32
        + ", AFloat64=" + afloat64
        + ", SomeBytes=" + (someBytes == null ? null : someBytes.length + " bytes")
        + ", Anything=" + anything
        + ", Sizes=" + sizes
        + ", Totals=" + totals
        + ", Nested=" + nested
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code AllPrimitives} from JSON for Jackson: strings, numbers and booleans straight into
   * the fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<AllPrimitives> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link AllPrimitives} names this class.
     */
    Decoder() {
      super(AllPrimitives.class);
    }

    @Override
    protected AllPrimitives create() {
      return new AllPrimitives();
    }

    @Override
    protected boolean readString(AllPrimitives target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 0: // AString
          target.astring = parser.getText();
          return true;
        default:
          return false;
      }
    }

    @Override
    protected boolean readInteger(AllPrimitives target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 2: // AnInt
          target.anInt = parser.getLongValue();
          return true;
        case 3: // AnInt8
          target.anInt8 = parser.getIntValue();
          return true;
        case 4: // AnInt16
          target.anInt16 = parser.getIntValue();
          return true;
        case 5: // AnInt32
          target.anInt32 = parser.getIntValue();
          return true;
        case 6: // AnInt64
          target.anInt64 = parser.getLongValue();
          return true;
        case 8: // AUint8
          target.auint8 = parser.getIntValue();
          return true;
        case 9: // AUint16
          target.auint16 = parser.getIntValue();
          return true;
        case 10: // AUint32
          target.auint32 = parser.getLongValue();
          return true;
        case 12: // AByte
          target.abyte = parser.getIntValue();
          return true;
        default:
          return false;
      }
    }

    @Override
    protected boolean readDecimal(AllPrimitives target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 13: // AFloat32
          target.afloat32 = parser.getFloatValue();
          return true;
        case 14: // AFloat64
          target.afloat64 = parser.getDoubleValue();
          return true;
        default:
          return false;
      }
    }

    @Override
    protected boolean readBoolean(AllPrimitives target, int key, boolean bool) {
      switch (key) {
        case 1: // ABool
          target.abool = bool;
          return true;
        default:
          return false;
      }
    }
  }
}
