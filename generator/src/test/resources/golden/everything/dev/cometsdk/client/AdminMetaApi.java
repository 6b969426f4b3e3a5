// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import dev.cometsdk.client.model.AdminResourceResponse;
import dev.cometsdk.client.model.StatResult;
import dev.cometsdk.runtime.AuthRequirement;
import dev.cometsdk.runtime.CometApi;
import dev.cometsdk.runtime.CometApiException;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.MethodCall;
import dev.cometsdk.runtime.UploadContent;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The Comet API methods under {@code /api/v1/admin/meta/}: 2 methods of {@link CometClient}, which
 * implements this interface.
 *
 * <p>Every method has a blocking form and an {@code ...Async} form whose future always completes,
 * exceptionally with a {@link CometException} on failure.
 *
 * @since Comet Server 25.6.8
 */
public interface AdminMetaApi extends CometApi {
  /**
   * Calls the Comet method {@code AdminMetaResourceNew}:
   * {@code POST /api/v1/admin/meta/resource/new}, with administrator credentials.
   *
   * <p>Sent as {@code multipart/form-data}, the file as a streamed part.
   *
   * @param upload the form field {@code upload} ({@code string}, required)
   * @return the decoded response ({@code AdminResourceResponse})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.9.9
   */
  default AdminResourceResponse adminMetaResourceNew(UploadContent upload) {
    return transport().call(adminMetaResourceNewCall(upload),
        ResponseTypes.ADMIN_RESOURCE_RESPONSE);
  }

  /**
   * Calls the Comet method {@code AdminMetaResourceNew}:
   * {@code POST /api/v1/admin/meta/resource/new}, with administrator credentials, without blocking.
   *
   * <p>Sent as {@code multipart/form-data}, the file as a streamed part.
   *
   * @param upload the form field {@code upload} ({@code string}, required)
   * @return a future of the decoded response ({@code AdminResourceResponse})
   * @since Comet Server 18.9.9
   */
  default CompletableFuture<AdminResourceResponse> adminMetaResourceNewAsync(UploadContent upload) {
    return transport().callAsync(adminMetaResourceNewCall(upload),
        ResponseTypes.ADMIN_RESOURCE_RESPONSE);
  }

  /**
   * Calls {@link #adminMetaResourceNew(UploadContent)} with the file content given as bytes.
   *
   * @param upload the file to upload; the form field {@code upload} ({@code string}, required)
   * @return the decoded response
   * @since Comet Server 18.9.9
   */
  default AdminResourceResponse adminMetaResourceNew(byte[] upload) {
    return adminMetaResourceNew(UploadContent.ofBytes(upload));
  }

  /**
   * Calls {@link #adminMetaResourceNew(UploadContent)} with the file content given as a file,
   * streamed.
   *
   * @param upload the file to upload; the form field {@code upload} ({@code string}, required)
   * @return the decoded response
   * @since Comet Server 18.9.9
   */
  default AdminResourceResponse adminMetaResourceNew(Path upload) {
    return adminMetaResourceNew(UploadContent.ofPath(upload));
  }

  /**
   * Calls {@link #adminMetaResourceNew(UploadContent)} with the file content given as a stream,
   * read to its end but not closed.
   *
   * @param upload the file to upload; the form field {@code upload} ({@code string}, required)
   * @return the decoded response
   * @since Comet Server 18.9.9
   */
  default AdminResourceResponse adminMetaResourceNew(InputStream upload) {
    return adminMetaResourceNew(UploadContent.ofStream(upload));
  }

  /**
   * Calls the Comet method {@code AdminMetaStats}: {@code POST /api/v1/admin/meta/stats}, with
   * administrator credentials.
   *
   * @param simple the form field {@code Simple} ({@code bool}, sent as JSON, required)
   * @return the decoded response ({@code map&lt;int64,StatResult&gt;})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default Map<Long, StatResult> adminMetaStats(boolean simple) {
    return transport().call(adminMetaStatsCall(simple), ResponseTypes.MAP_OF_INT64_TO_STAT_RESULT);
  }

  /**
   * Calls the Comet method {@code AdminMetaStats}: {@code POST /api/v1/admin/meta/stats}, with
   * administrator credentials, without blocking.
   *
   * @param simple the form field {@code Simple} ({@code bool}, sent as JSON, required)
   * @return a future of the decoded response ({@code map&lt;int64,StatResult&gt;})
   * @since Comet Server 18.8.1
   */
  default CompletableFuture<Map<Long, StatResult>> adminMetaStatsAsync(boolean simple) {
    return transport().callAsync(adminMetaStatsCall(simple),
        ResponseTypes.MAP_OF_INT64_TO_STAT_RESULT);
  }

  private static MethodCall adminMetaResourceNewCall(UploadContent upload) {
    return MethodCall.multipart("AdminMetaResourceNew", "/api/v1/admin/meta/resource/new",
        AuthRequirement.ADMIN)
        .upload("upload", upload)
        .build();
  }

  private static MethodCall adminMetaStatsCall(boolean simple) {
    return MethodCall.form("AdminMetaStats", "/api/v1/admin/meta/stats", AuthRequirement.ADMIN)
        .json("Simple", simple)
        .build();
  }
}
