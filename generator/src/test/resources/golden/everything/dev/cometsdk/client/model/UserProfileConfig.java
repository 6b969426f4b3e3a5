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
 * The Comet data structure {@code UserProfileConfig}: a JSON object with 13 known fields.
 *
 * <p>Fields that a newer Comet Server sends and this SDK does not know are kept in
 * {@link #getAdditionalProperties()} and written back unchanged, so that reading an object,
 * changing one field and sending it back never loses data.
 *
 * <p>Returned by {@code adminGetUserProfile}, {@code adminListUsersFull},
 * {@code userWebGetUserProfile}; sent by {@code adminSetUserProfile}.
 *
 * @since Comet Server 18.8.1
 */
@CometJsonObject
@JsonPropertyOrder({
    "Username",
    "AccountName",
    "Emails",
    "Default",
    "UseObjectLock",
    "Password",
    "TOTPKey",
    "Objects",
    "Compression",
    "Delivery",
    "Buckets",
    "LegacyFlag",
    "Everything"
})
@JsonDeserialize(using = UserProfileConfig.Decoder.class)
public final class UserProfileConfig implements CometObject {
  @JsonProperty("Username")
  private String username;

  @JsonProperty("AccountName")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private String accountName;

  @JsonProperty("Emails")
  private List<String> emails;

  @JsonProperty("Default")
  private boolean default_;

  @JsonProperty("UseObjectLock")
  private boolean useObjectLockLegacyDoNotUse;

  @JsonProperty("Password")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private String password;

  @JsonProperty("TOTPKey")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private String totpKey;

  @JsonProperty("Objects")
  private Objects objects;

  @JsonProperty("Compression")
  private int compression;

  @JsonProperty("Delivery")
  private String delivery;

  @JsonProperty("Buckets")
  private Map<String, BucketProperties> buckets;

  @JsonProperty("LegacyFlag")
  private boolean legacyFlag;

  @JsonProperty("Everything")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  private AllPrimitives everything;

  /**
   * Null until there is an unknown field: most objects have none, and reading thousands of them
   * should not create a map for each.
   */
  @JsonIgnore
  private Map<String, JsonNode> additionalProperties;

  /**
   * Creates a {@code UserProfileConfig} with every field empty: null, zero or false.
   */
  public UserProfileConfig() {
  }

  /**
   * Returns the JSON field {@code Username} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 18.8.1
   */
  public String getUsername() {
    return username;
  }

  /**
   * Sets the JSON field {@code Username} ({@code string}).
   *
   * @param username the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("Username")
  public void setUsername(String username) {
    this.username = username;
  }

  /**
   * Returns the JSON field {@code AccountName} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 18.12.6
   */
  public String getAccountName() {
    return accountName;
  }

  /**
   * Sets the JSON field {@code AccountName} ({@code string}).
   *
   * @param accountName the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 18.12.6
   */
  @JsonSetter("AccountName")
  public void setAccountName(String accountName) {
    this.accountName = accountName;
  }

  /**
   * Returns the JSON field {@code Emails} ({@code list&lt;string&gt;}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 18.8.1
   */
  public List<String> getEmails() {
    return emails;
  }

  /**
   * Sets the JSON field {@code Emails} ({@code list&lt;string&gt;}).
   *
   * @param emails the new value
   * @since Comet Server 18.8.1
   */
  @JsonSetter("Emails")
  public void setEmails(List<String> emails) {
    this.emails = emails;
  }

  /**
   * Returns the JSON field {@code Default} ({@code bool}).
   *
   * @return the value; false when the server did not send it
   * @since Comet Server 25.6.8
   */
  public boolean isDefault() {
    return default_;
  }

  /**
   * Sets the JSON field {@code Default} ({@code bool}).
   *
   * @param default_ the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Default")
  public void setDefault(boolean default_) {
    this.default_ = default_;
  }

  /**
   * Returns the JSON field {@code UseObjectLock} ({@code bool}), named
   * {@code UseObjectLock_Legacy_DoNotUse} in Comet's SDKs.
   *
   * @return the value; false when the server did not send it
   * @since Comet Server 25.6.8
   */
  public boolean isUseObjectLockLegacyDoNotUse() {
    return useObjectLockLegacyDoNotUse;
  }

  /**
   * Sets the JSON field {@code UseObjectLock} ({@code bool}), named
   * {@code UseObjectLock_Legacy_DoNotUse} in Comet's SDKs.
   *
   * @param useObjectLockLegacyDoNotUse the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("UseObjectLock")
  public void setUseObjectLockLegacyDoNotUse(boolean useObjectLockLegacyDoNotUse) {
    this.useObjectLockLegacyDoNotUse = useObjectLockLegacyDoNotUse;
  }

  /**
   * Returns the JSON field {@code Password} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public String getPassword() {
    return password;
  }

  /**
   * Sets the JSON field {@code Password} ({@code string}).
   *
   * @param password the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Password")
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * Returns the JSON field {@code TOTPKey} ({@code string}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 20.5.0
   */
  public String getTotpKey() {
    return totpKey;
  }

  /**
   * Sets the JSON field {@code TOTPKey} ({@code string}).
   *
   * @param totpKey the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 20.5.0
   */
  @JsonSetter("TOTPKey")
  public void setTotpKey(String totpKey) {
    this.totpKey = totpKey;
  }

  /**
   * Returns the JSON field {@code Objects} ({@code Objects}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public Objects getObjects() {
    return objects;
  }

  /**
   * Sets the JSON field {@code Objects} ({@code Objects}).
   *
   * @param objects the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Objects")
  public void setObjects(Objects objects) {
    this.objects = objects;
  }

  /**
   * Returns the JSON field {@code Compression} ({@code CompressMode}).
   *
   * @return the value; 0 when the server did not send it
   * @since Comet Server 25.6.8
   */
  public int getCompression() {
    return compression;
  }

  /**
   * Sets the JSON field {@code Compression} ({@code CompressMode}).
   *
   * @param compression the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Compression")
  public void setCompression(int compression) {
    this.compression = compression;
  }

  /**
   * Returns the JSON field {@code Delivery} ({@code EmailDeliveryType}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public String getDelivery() {
    return delivery;
  }

  /**
   * Sets the JSON field {@code Delivery} ({@code EmailDeliveryType}).
   *
   * @param delivery the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Delivery")
  public void setDelivery(String delivery) {
    this.delivery = delivery;
  }

  /**
   * Returns the JSON field {@code Buckets} ({@code map&lt;string,BucketProperties&gt;}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public Map<String, BucketProperties> getBuckets() {
    return buckets;
  }

  /**
   * Sets the JSON field {@code Buckets} ({@code map&lt;string,BucketProperties&gt;}).
   *
   * @param buckets the new value
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Buckets")
  public void setBuckets(Map<String, BucketProperties> buckets) {
    this.buckets = buckets;
  }

  /**
   * Returns the JSON field {@code LegacyFlag} ({@code bool}).
   *
   * @return the value; false when the server did not send it
   * @deprecated Marked deprecated by Comet since server 23.9.11; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  public boolean isLegacyFlag() {
    return legacyFlag;
  }

  /**
   * Sets the JSON field {@code LegacyFlag} ({@code bool}).
   *
   * @param legacyFlag the new value
   * @deprecated Marked deprecated by Comet since server 23.9.11; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @JsonSetter("LegacyFlag")
  @Deprecated
  public void setLegacyFlag(boolean legacyFlag) {
    this.legacyFlag = legacyFlag;
  }

  /**
   * Returns the JSON field {@code Everything} ({@code AllPrimitives}).
   *
   * @return the value; null when the server did not send it
   * @since Comet Server 25.6.8
   */
  public AllPrimitives getEverything() {
    return everything;
  }

  /**
   * Sets the JSON field {@code Everything} ({@code AllPrimitives}).
   *
   * @param everything the new value; an empty value leaves the key out of the JSON
   * @since Comet Server 25.6.8
   */
  @JsonSetter("Everything")
  public void setEverything(AllPrimitives everything) {
    this.everything = everything;
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
    if (!(other instanceof UserProfileConfig)) {
      return false;
    }
    UserProfileConfig that = (UserProfileConfig) other;
    return java.util.Objects.equals(username, that.username)
        && java.util.Objects.equals(accountName, that.accountName)
        && java.util.Objects.equals(emails, that.emails)
        && default_ == that.default_
        && useObjectLockLegacyDoNotUse == that.useObjectLockLegacyDoNotUse
        && java.util.Objects.equals(password, that.password)
        && java.util.Objects.equals(totpKey, that.totpKey)
        && java.util.Objects.equals(objects, that.objects)
        && compression == that.compression
        && java.util.Objects.equals(delivery, that.delivery)
        && java.util.Objects.equals(buckets, that.buckets)
        && legacyFlag == that.legacyFlag
        && java.util.Objects.equals(everything, that.everything)
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(username,
        accountName,
        emails,
        default_,
        useObjectLockLegacyDoNotUse,
        password,
        totpKey,
        objects,
        compression,
        delivery,
        buckets,
        legacyFlag,
        everything,
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
    return "UserProfileConfig{"
        + "Username=" + username
        + ", AccountName=" + accountName
        + ", Emails=" + emails
        + ", Default=" + default_
        + ", UseObjectLock_Legacy_DoNotUse=" + useObjectLockLegacyDoNotUse
        + ", Password=" + (password == null ? null : "(redacted)")
        + ", TOTPKey=" + (totpKey == null ? null : "(redacted)")
        + ", Objects=" + objects
        + ", Compression=" + compression
        + ", Delivery=" + delivery
        + ", Buckets=" + buckets
        + ", LegacyFlag=" + legacyFlag
        + ", Everything=" + everything
        + ", additionalProperties=" + unknownFields().keySet() + "}";
  }

  /**
   * Reads {@code UserProfileConfig} from JSON for Jackson: strings, numbers and booleans straight
   * into the fields, everything else through Jackson; see {@link StructDecoder}.
   */
  static final class Decoder extends StructDecoder<UserProfileConfig> {
    private static final long serialVersionUID = 1L;

    /**
     * Called by Jackson, as {@code @JsonDeserialize} on {@link UserProfileConfig} names this class.
     */
    Decoder() {
      super(UserProfileConfig.class);
    }

    @Override
    protected UserProfileConfig create() {
      return new UserProfileConfig();
    }

    @Override
    protected boolean readString(UserProfileConfig target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 0: // Username
          target.username = parser.getText();
          return true;
        case 1: // AccountName
          target.accountName = parser.getText();
          return true;
        case 5: // Password
          target.password = parser.getText();
          return true;
        case 6: // TOTPKey
          target.totpKey = parser.getText();
          return true;
        case 9: // Delivery
          target.delivery = parser.getText();
          return true;
        default:
          return false;
      }
    }

    @Override
    protected boolean readInteger(UserProfileConfig target, int key, JsonParser parser) throws
        IOException {
      switch (key) {
        case 8: // Compression
          target.compression = parser.getIntValue();
          return true;
        default:
          return false;
      }
    }

    @Override
    protected boolean readBoolean(UserProfileConfig target, int key, boolean bool) {
      switch (key) {
        case 3: // Default
          target.default_ = bool;
          return true;
        case 4: // UseObjectLock
          target.useObjectLockLegacyDoNotUse = bool;
          return true;
        case 11: // LegacyFlag
          target.legacyFlag = bool;
          return true;
        default:
          return false;
      }
    }
  }
}
