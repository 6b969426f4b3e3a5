// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import dev.cometsdk.client.model.ServerMetaBrandingProperties;
import dev.cometsdk.runtime.AuthRequirement;
import dev.cometsdk.runtime.CometApi;
import dev.cometsdk.runtime.CometApiException;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.MethodCall;
import java.util.concurrent.CompletableFuture;

/**
 * The Comet API methods under {@code /gen/}: one method of {@link CometClient}, which implements
 * this interface.
 *
 * <p>Every method has a blocking form and an {@code ...Async} form whose future always completes,
 * exceptionally with a {@link CometException} on failure.
 *
 * @since Comet Server 25.6.8
 */
public interface GenApi extends CometApi {
  /**
   * Calls the Comet method {@code BrandingProps}: {@code GET /gen/branding.props}, without
   * credentials.
   *
   * @return the decoded response ({@code ServerMetaBrandingProperties})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 21.6.6
   */
  default ServerMetaBrandingProperties brandingProps() {
    return transport().call(brandingPropsCall(), ResponseTypes.SERVER_META_BRANDING_PROPERTIES);
  }

  /**
   * Calls the Comet method {@code BrandingProps}: {@code GET /gen/branding.props}, without
   * credentials, without blocking.
   *
   * @return a future of the decoded response ({@code ServerMetaBrandingProperties})
   * @since Comet Server 21.6.6
   */
  default CompletableFuture<ServerMetaBrandingProperties> brandingPropsAsync() {
    return transport().callAsync(brandingPropsCall(),
        ResponseTypes.SERVER_META_BRANDING_PROPERTIES);
  }

  private static MethodCall brandingPropsCall() {
    return MethodCall.get("BrandingProps", "/gen/branding.props", AuthRequirement.NONE)
        .build();
  }
}
