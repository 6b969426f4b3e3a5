// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import dev.cometsdk.client.requests.AdminDownloadClientRequest;
import dev.cometsdk.runtime.AuthRequirement;
import dev.cometsdk.runtime.CometApi;
import dev.cometsdk.runtime.CometApiException;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.MethodCall;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The Comet API methods under {@code /api/v1/admin/branding/}: one method of {@link CometClient},
 * which implements this interface.
 *
 * <p>Every method has a blocking form and an {@code ...Async} form whose future always completes,
 * exceptionally with a {@link CometException} on failure.
 *
 * @since Comet Server 25.6.8
 */
public interface AdminBrandingApi extends CometApi {
  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link AdminDownloadClientRequest} to give them.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @return the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default byte[] adminDownloadClient(long platform) {
    return transport().download(adminDownloadClientCall(platform, null));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link AdminDownloadClientRequest} to give them.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @return the response body as a stream, which the caller must close
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default InputStream adminDownloadClientAsStream(long platform) {
    return transport().downloadStream(adminDownloadClientCall(platform, null));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link AdminDownloadClientRequest} to give them.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @param target the file to write; replaced if it exists. The body is streamed, never held in
   *     memory
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default void adminDownloadClientToFile(long platform, Path target) {
    transport().downloadTo(adminDownloadClientCall(platform, null), target);
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials,
   * without blocking.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link AdminDownloadClientRequest} to give them.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @return a future of the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @since Comet Server 25.6.8
   */
  default CompletableFuture<byte[]> adminDownloadClientAsync(long platform) {
    return transport().downloadAsync(adminDownloadClientCall(platform, null));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * @param request the parameters, optional ones included
   * @return the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default byte[] adminDownloadClient(AdminDownloadClientRequest request) {
    return transport().download(adminDownloadClientCall(request.getPlatform(),
        request.getSelfAddress()));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * @param request the parameters, optional ones included
   * @return the response body as a stream, which the caller must close
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default InputStream adminDownloadClientAsStream(AdminDownloadClientRequest request) {
    return transport().downloadStream(adminDownloadClientCall(request.getPlatform(),
        request.getSelfAddress()));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * @param request the parameters, optional ones included
   * @param target the file to write; replaced if it exists. The body is streamed, never held in
   *     memory
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default void adminDownloadClientToFile(AdminDownloadClientRequest request, Path target) {
    transport().downloadTo(adminDownloadClientCall(request.getPlatform(),
        request.getSelfAddress()), target);
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials,
   * without blocking.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * @param request the parameters, optional ones included
   * @return a future of the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @since Comet Server 25.6.8
   */
  default CompletableFuture<byte[]> adminDownloadClientAsync(AdminDownloadClientRequest request) {
    return transport().downloadAsync(adminDownloadClientCall(request.getPlatform(),
        request.getSelfAddress()));
  }

  private static MethodCall adminDownloadClientCall(long platform, String selfAddress) {
    return MethodCall.form("AdminDownloadClient", "/api/v1/admin/branding/generate-client/test",
        AuthRequirement.ADMIN)
        .json("Platform", platform)
        .serverUrlIfAbsent("SelfAddress", selfAddress)
        .build();
  }
}
