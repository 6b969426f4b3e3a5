// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.requests;

import dev.cometsdk.client.AdminApi;
import dev.cometsdk.client.model.LegacyOptions;

/**
 * The parameters of {@link AdminApi#adminOldThing} (the Comet method {@code AdminOldThing}), for
 * calls that give optional parameters.
 *
 * <p>Create one with {@link #builder(String)}, set the optional parameters you need, then
 * {@link Builder#build()}. An optional parameter that is not set is left out of the request.
 *
 * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
 *     compiling.
 * @since Comet Server 25.6.8
 */
@Deprecated
@SuppressWarnings("deprecation")
public final class AdminOldThingRequest {
  private final String class_;

  private final LegacyOptions legacy;

  private AdminOldThingRequest(Builder builder) {
    this.class_ = builder.class_;
    this.legacy = builder.legacy;
  }

  /**
   * Starts a request with the required parameters.
   *
   * @param class_ the form field {@code Class} ({@code string}, required)
   * @return a builder for the optional parameters
   */
  public static Builder builder(String class_) {
    return new Builder(class_);
  }

  /**
   * Returns the form field {@code Class} ({@code string}, required).
   *
   * @return the value
   */
  public String getClass_() {
    return class_;
  }

  /**
   * Returns the form field {@code Legacy} ({@code LegacyOptions}, sent as JSON, optional).
   *
   * @return the value, or null when it is left out
   */
  public LegacyOptions getLegacy() {
    return legacy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AdminOldThingRequest)) {
      return false;
    }
    AdminOldThingRequest that = (AdminOldThingRequest) other;
    return java.util.Objects.equals(class_, that.class_)
        && java.util.Objects.equals(legacy, that.legacy);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(class_,
        legacy);
  }

  /**
   * Describes this request for logs; secrets are printed as {@code (redacted)}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "AdminOldThingRequest{"
        + "Class=" + class_
        + ", Legacy=" + legacy
        + "}";
  }

  /**
   * Collects the parameters of a {@link AdminOldThingRequest}.
   */
  public static final class Builder {
    private final String class_;

    private LegacyOptions legacy;

    private Builder(String class_) {
      this.class_ = java.util.Objects.requireNonNull(class_, "class_ is required");
    }

    /**
     * Sets the form field {@code Legacy} ({@code LegacyOptions}, sent as JSON, optional).
     *
     * @param legacy the value; null leaves the parameter out
     * @return this builder
     * @since Comet Server 25.6.8
     */
    public Builder legacy(LegacyOptions legacy) {
      this.legacy = legacy;
      return this;
    }

    /**
     * Creates the request.
     *
     * @return an immutable request
     */
    public AdminOldThingRequest build() {
      return new AdminOldThingRequest(this);
    }
  }
}
