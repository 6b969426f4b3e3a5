// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import dev.cometsdk.client.model.SessionKeyRegeneratedResponse;
import dev.cometsdk.runtime.AuthRequirement;
import dev.cometsdk.runtime.CometApi;
import dev.cometsdk.runtime.CometApiException;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.MethodCall;
import java.util.concurrent.CompletableFuture;

/**
 * The Comet API methods under {@code /api/v1/hybrid/session/}: one method of {@link CometClient},
 * which implements this interface.
 *
 * <p>Every method has a blocking form and an {@code ...Async} form whose future always completes,
 * exceptionally with a {@link CometException} on failure.
 *
 * @since Comet Server 25.6.8
 */
public interface HybridSessionApi extends CometApi {
  /**
   * Calls the Comet method {@code HybridSessionStart}: {@code POST /api/v1/hybrid/session/start},
   * with administrator or end-user credentials.
   *
   * <p>When the client was built with {@code switchToSessionKey(true)}, later calls use the session
   * key this returns.
   *
   * @return the decoded response ({@code SessionKeyRegeneratedResponse})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.12.6
   */
  default SessionKeyRegeneratedResponse hybridSessionStart() {
    SessionKeyRegeneratedResponse response = transport().call(hybridSessionStartCall(),
        ResponseTypes.SESSION_KEY_REGENERATED_RESPONSE);
    transport().sessionStarted(response.getSessionKey());
    return response;
  }

  /**
   * Calls the Comet method {@code HybridSessionStart}: {@code POST /api/v1/hybrid/session/start},
   * with administrator or end-user credentials, without blocking.
   *
   * <p>When the client was built with {@code switchToSessionKey(true)}, later calls use the session
   * key this returns.
   *
   * @return a future of the decoded response ({@code SessionKeyRegeneratedResponse})
   * @since Comet Server 18.12.6
   */
  default CompletableFuture<SessionKeyRegeneratedResponse> hybridSessionStartAsync() {
    return transport().callAsync(hybridSessionStartCall(),
        ResponseTypes.SESSION_KEY_REGENERATED_RESPONSE).thenApply(response -> {
          transport().sessionStarted(response.getSessionKey());
          return response;
        });
  }

  private static MethodCall hybridSessionStartCall() {
    return MethodCall.form("HybridSessionStart", "/api/v1/hybrid/session/start",
        AuthRequirement.ANY)
        .build();
  }
}
