// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.requests;

import dev.cometsdk.client.AdminAccountApi;

/**
 * The parameters of {@link AdminAccountApi#adminAccountSessionStart} (the Comet method
 * {@code AdminAccountSessionStart}), for calls that give optional parameters.
 *
 * <p>Create one with {@link #builder()}, set the optional parameters you need, then
 * {@link Builder#build()}. An optional parameter that is not set is left out of the request.
 *
 * @since Comet Server 18.8.1
 */
public final class AdminAccountSessionStartRequest {
  private final String selfAddress;

  private AdminAccountSessionStartRequest(Builder builder) {
    this.selfAddress = builder.selfAddress;
  }

  /**
   * Starts a request with the required parameters.
   *
   * @return a builder for the optional parameters
   */
  public static Builder builder() {
    return new Builder();
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
    if (!(other instanceof AdminAccountSessionStartRequest)) {
      return false;
    }
    AdminAccountSessionStartRequest that = (AdminAccountSessionStartRequest) other;
    return java.util.Objects.equals(selfAddress, that.selfAddress);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(selfAddress);
  }

  /**
   * Describes this request for logs; secrets are printed as {@code (redacted)}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "AdminAccountSessionStartRequest{"
        + "SelfAddress=" + selfAddress
        + "}";
  }

  /**
   * Collects the parameters of a {@link AdminAccountSessionStartRequest}.
   */
  public static final class Builder {
    private String selfAddress;

    private Builder() {
    }

    /**
     * Sets the form field {@code SelfAddress} ({@code string}, optional; when left out, the
     * client's server URL is sent).
     *
     * @param selfAddress the value; null leaves the parameter out
     * @return this builder
     * @since Comet Server 18.9.9
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
    public AdminAccountSessionStartRequest build() {
      return new AdminAccountSessionStartRequest(this);
    }
  }
}
