// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.AuthRequirement;
import dev.cometsdk.runtime.CometApi;
import dev.cometsdk.runtime.CometApiException;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.MethodCall;
import java.util.concurrent.CompletableFuture;

/**
 * The Comet API methods under {@code /api/v1/user/web/}: one method of {@link CometClient}, which
 * implements this interface.
 *
 * <p>Every method has a blocking form and an {@code ...Async} form whose future always completes,
 * exceptionally with a {@link CometException} on failure.
 *
 * @since Comet Server 25.6.8
 */
public interface UserWebApi extends CometApi {
  /**
   * Calls the Comet method {@code UserWebGetUserProfile}:
   * {@code POST /api/v1/user/web/get-user-profile}, with end-user credentials.
   *
   * @return the decoded response ({@code UserProfileConfig})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default UserProfileConfig userWebGetUserProfile() {
    return transport().call(userWebGetUserProfileCall(), ResponseTypes.USER_PROFILE_CONFIG);
  }

  /**
   * Calls the Comet method {@code UserWebGetUserProfile}:
   * {@code POST /api/v1/user/web/get-user-profile}, with end-user credentials, without blocking.
   *
   * @return a future of the decoded response ({@code UserProfileConfig})
   * @since Comet Server 25.6.8
   */
  default CompletableFuture<UserProfileConfig> userWebGetUserProfileAsync() {
    return transport().callAsync(userWebGetUserProfileCall(), ResponseTypes.USER_PROFILE_CONFIG);
  }

  private static MethodCall userWebGetUserProfileCall() {
    return MethodCall.form("UserWebGetUserProfile", "/api/v1/user/web/get-user-profile",
        AuthRequirement.USER)
        .build();
  }
}
