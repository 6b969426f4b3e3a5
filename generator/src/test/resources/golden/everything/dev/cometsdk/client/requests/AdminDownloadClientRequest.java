// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.requests;

import dev.cometsdk.client.AdminBrandingApi;

/**
 * The parameters of {@link AdminBrandingApi#adminDownloadClient} (the Comet method
 * {@code AdminDownloadClient}), for calls that give optional parameters.
 *
 * <p>Create one with {@link #builder(long)}, set the optional parameters you need, then
 * {@link Builder#build()}. An optional parameter that is not set is left out of the request.
 *
 * @since Comet Server 25.6.8
 */
public final class AdminDownloadClientRequest {
  private final long platform;

  private final String selfAddress;

  private AdminDownloadClientRequest(Builder builder) {
    this.platform = builder.platform;
    this.selfAddress = builder.selfAddress;
  }

  /**
   * Starts a request with the required parameters.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @return a builder for the optional parameters
   */
  public static Builder builder(long platform) {
    return new Builder(platform);
  }

  /**
   * Returns the form field {@code Platform} ({@code int}, sent as JSON, required).
   *
   * @return the value
   */
  public long getPlatform() {
    return platform;
  }

  /**
   * Returns the form field {@code SelfAddress} ({@code string}, optional; when left out, the
   * client's server URL is sent).
   *
   * @return the value, or null when it is left out
   */
  public String getSelfAddress() {
    return selfAddress;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AdminDownloadClientRequest)) {
      return false;
    }
    AdminDownloadClientRequest that = (AdminDownloadClientRequest) other;
    return platform == that.platform
        && java.util.Objects.equals(selfAddress, that.selfAddress);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(platform,
        selfAddress);
  }

  /**
   * Describes this request for logs; secrets are printed as {@code (redacted)}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "AdminDownloadClientRequest{"
        + "Platform=" + platform
        + ", SelfAddress=" + selfAddress
        + "}";
  }

  /**
   * Collects the parameters of a {@link AdminDownloadClientRequest}.
   */
  public static final class Builder {
    private final long platform;

    private String selfAddress;

    private Builder(long platform) {
      this.platform = platform;
    }

    /**
     * Sets the form field {@code SelfAddress} ({@code string}, optional; when left out, the
     * client's server URL is sent).
     *
     * @param selfAddress the value; null leaves the parameter out
     * @return this builder
     * @since Comet Server 25.6.8
     */
    public Builder selfAddress(String selfAddress) {
      this.selfAddress = selfAddress;
      return this;
    }

    /**
     * Creates the request.
     *
     * @return an immutable request
     */
    public AdminDownloadClientRequest build() {
      return new AdminDownloadClientRequest(this);
    }
  }
}
