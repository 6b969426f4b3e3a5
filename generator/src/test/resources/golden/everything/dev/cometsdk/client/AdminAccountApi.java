// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import dev.cometsdk.client.model.SessionKeyRegeneratedResponse;
import dev.cometsdk.client.requests.AdminAccountSessionStartRequest;
import dev.cometsdk.runtime.AuthRequirement;
import dev.cometsdk.runtime.CometApi;
import dev.cometsdk.runtime.CometApiException;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.MethodCall;
import java.util.concurrent.CompletableFuture;

/**
 * The Comet API methods under {@code /api/v1/admin/account/}: one method of {@link CometClient},
 * which implements this interface.
 *
 * <p>Every method has a blocking form and an {@code ...Async} form whose future always completes,
 * exceptionally with a {@link CometException} on failure.
 *
 * @since Comet Server 25.6.8
 */
public interface AdminAccountApi extends CometApi {
  /**
   * Calls the Comet method {@code AdminAccountSessionStart}:
   * {@code POST /api/v1/admin/account/session-start}, with administrator credentials.
   *
   * <p>When the client was built with {@code switchToSessionKey(true)}, later calls use the session
   * key this returns.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link AdminAccountSessionStartRequest} to give them.
   *
   * @return the decoded response ({@code SessionKeyRegeneratedResponse})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default SessionKeyRegeneratedResponse adminAccountSessionStart() {
    SessionKeyRegeneratedResponse response = transport().call(adminAccountSessionStartCall(null),
        ResponseTypes.SESSION_KEY_REGENERATED_RESPONSE);
    transport().sessionStarted(response.getSessionKey());
    return response;
  }

  /**
   * Calls the Comet method {@code AdminAccountSessionStart}:
   * {@code POST /api/v1/admin/account/session-start}, with administrator credentials, without
   * blocking.
   *
   * <p>When the client was built with {@code switchToSessionKey(true)}, later calls use the session
   * key this returns.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link AdminAccountSessionStartRequest} to give them.
   *
   * @return a future of the decoded response ({@code SessionKeyRegeneratedResponse})
   * @since Comet Server 18.8.1
   */
  default CompletableFuture<SessionKeyRegeneratedResponse> adminAccountSessionStartAsync() {
    return transport().callAsync(adminAccountSessionStartCall(null),
        ResponseTypes.SESSION_KEY_REGENERATED_RESPONSE).thenApply(response -> {
          transport().sessionStarted(response.getSessionKey());
          return response;
        });
  }

  /**
   * Calls the Comet method {@code AdminAccountSessionStart}:
   * {@code POST /api/v1/admin/account/session-start}, with administrator credentials.
   *
   * <p>When the client was built with {@code switchToSessionKey(true)}, later calls use the session
   * key this returns.
   *
   * @param request the parameters, optional ones included
   * @return the decoded response ({@code SessionKeyRegeneratedResponse})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default SessionKeyRegeneratedResponse adminAccountSessionStart(
      AdminAccountSessionStartRequest request) {
    SessionKeyRegeneratedResponse response = transport().call(adminAccountSessionStartCall(request.getSelfAddress()),
        ResponseTypes.SESSION_KEY_REGENERATED_RESPONSE);
    transport().sessionStarted(response.getSessionKey());
    return response;
  }

  /**
   * Calls the Comet method {@code AdminAccountSessionStart}:
   * {@code POST /api/v1/admin/account/session-start}, with administrator credentials, without
   * blocking.
   *
   * <p>When the client was built with {@code switchToSessionKey(true)}, later calls use the session
   * key this returns.
   *
   * @param request the parameters, optional ones included
   * @return a future of the decoded response ({@code SessionKeyRegeneratedResponse})
   * @since Comet Server 18.8.1
   */
  default CompletableFuture<SessionKeyRegeneratedResponse> adminAccountSessionStartAsync(
      AdminAccountSessionStartRequest request) {
    return transport().callAsync(adminAccountSessionStartCall(request.getSelfAddress()),
        ResponseTypes.SESSION_KEY_REGENERATED_RESPONSE).thenApply(response -> {
          transport().sessionStarted(response.getSessionKey());
          return response;
        });
  }

  private static MethodCall adminAccountSessionStartCall(String selfAddress) {
    return MethodCall.form("AdminAccountSessionStart", "/api/v1/admin/account/session-start",
        AuthRequirement.ADMIN)
        .serverUrlIfAbsent("SelfAddress", selfAddress)
        .build();
  }
}
