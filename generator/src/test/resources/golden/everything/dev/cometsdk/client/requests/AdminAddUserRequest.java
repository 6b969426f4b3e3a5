// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client.requests;

import dev.cometsdk.client.AdminApi;

/**
 * The parameters of {@link AdminApi#adminAddUser} (the Comet method {@code AdminAddUser}), for
 * calls that give optional parameters.
 *
 * <p>Create one with {@link #builder(String, String, String)}, set the optional parameters you
 * need, then {@link Builder#build()}. An optional parameter that is not set is left out of the
 * request.
 *
 * @since Comet Server 18.8.1
 */
public final class AdminAddUserRequest {
  private final String targetUser;

  private final String authType;

  private final String password;

  private final Long storeRecoveryCode;

  private final Boolean requirePasswordChange;

  private final String targetOrganization;

  private AdminAddUserRequest(Builder builder) {
    this.targetUser = builder.targetUser;
    this.authType = builder.authType;
    this.password = builder.password;
    this.storeRecoveryCode = builder.storeRecoveryCode;
    this.requirePasswordChange = builder.requirePasswordChange;
    this.targetOrganization = builder.targetOrganization;
  }

  /**
   * Starts a request with the required parameters.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @param authType the form field {@code AuthType} ({@code string}, required)
   * @param password the form field {@code Password} ({@code string}, required)
   * @return a builder for the optional parameters
   */
  public static Builder builder(String targetUser, String authType, String password) {
    return new Builder(targetUser, authType, password);
  }

  /**
   * Returns the form field {@code TargetUser} ({@code string}, required).
   *
   * @return the value
   */
  public String getTargetUser() {
    return targetUser;
  }

  /**
   * Returns the form field {@code AuthType} ({@code string}, required).
   *
   * @return the value
   */
  public String getAuthType() {
    return authType;
  }

  /**
   * Returns the form field {@code Password} ({@code string}, required).
   *
   * @return the value
   */
  public String getPassword() {
    return password;
  }

  /**
   * Returns the form field {@code StoreRecoveryCode} ({@code int}, sent as JSON, optional).
   *
   * @return the value, or null when it is left out
   */
  public Long getStoreRecoveryCode() {
    return storeRecoveryCode;
  }

  /**
   * Returns the form field {@code RequirePasswordChange} ({@code bool}, sent as JSON, optional).
   *
   * @return the value, or null when it is left out
   */
  public Boolean getRequirePasswordChange() {
    return requirePasswordChange;
  }

  /**
   * Returns the form field {@code TargetOrganization} ({@code string}, optional).
   *
   * @return the value, or null when it is left out
   */
  public String getTargetOrganization() {
    return targetOrganization;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AdminAddUserRequest)) {
      return false;
    }
    AdminAddUserRequest that = (AdminAddUserRequest) other;
    return java.util.Objects.equals(targetUser, that.targetUser)
        && java.util.Objects.equals(authType, that.authType)
        && java.util.Objects.equals(password, that.password)
        && java.util.Objects.equals(storeRecoveryCode, that.storeRecoveryCode)
        && java.util.Objects.equals(requirePasswordChange, that.requirePasswordChange)
        && java.util.Objects.equals(targetOrganization, that.targetOrganization);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(targetUser,
        authType,
        password,
        storeRecoveryCode,
        requirePasswordChange,
        targetOrganization);
  }

  /**
   * Describes this request for logs; secrets are printed as {@code (redacted)}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "AdminAddUserRequest{"
        + "TargetUser=" + targetUser
        + ", AuthType=" + authType
        + ", Password=" + (password == null ? null : "(redacted)")
        + ", StoreRecoveryCode=" + storeRecoveryCode
        + ", RequirePasswordChange=" + requirePasswordChange
        + ", TargetOrganization=" + targetOrganization
        + "}";
  }

  /**
   * Collects the parameters of a {@link AdminAddUserRequest}.
   */
  public static final class Builder {
    private final String targetUser;

    private final String authType;

    private final String password;

    private Long storeRecoveryCode;

    private Boolean requirePasswordChange;

    private String targetOrganization;

    private Builder(String targetUser, String authType, String password) {
      this.targetUser = java.util.Objects.requireNonNull(targetUser, "targetUser is required");
      this.authType = java.util.Objects.requireNonNull(authType, "authType is required");
      this.password = java.util.Objects.requireNonNull(password, "password is required");
    }

    /**
     * Sets the form field {@code StoreRecoveryCode} ({@code int}, sent as JSON, optional).
     *
     * @param storeRecoveryCode the value; null leaves the parameter out
     * @return this builder
     * @since Comet Server 18.8.1
     */
    public Builder storeRecoveryCode(Long storeRecoveryCode) {
      this.storeRecoveryCode = storeRecoveryCode;
      return this;
    }

    /**
     * Sets the form field {@code RequirePasswordChange} ({@code bool}, sent as JSON, optional).
     *
     * @param requirePasswordChange the value; null leaves the parameter out
     * @return this builder
     * @since Comet Server 20.5.0
     */
    public Builder requirePasswordChange(Boolean requirePasswordChange) {
      this.requirePasswordChange = requirePasswordChange;
      return this;
    }

    /**
     * Sets the form field {@code TargetOrganization} ({@code string}, optional).
     *
     * @param targetOrganization the value; null leaves the parameter out
     * @return this builder
     * @since Comet Server 22.5.0
     */
    public Builder targetOrganization(String targetOrganization) {
      this.targetOrganization = targetOrganization;
      return this;
    }

    /**
     * Creates the request.
     *
     * @return an immutable request
     */
    public AdminAddUserRequest build() {
      return new AdminAddUserRequest(this);
    }
  }
}
