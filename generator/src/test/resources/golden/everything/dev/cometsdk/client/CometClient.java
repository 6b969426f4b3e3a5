// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cometsdk.client.model.AdminResourceResponse;
import dev.cometsdk.client.model.BackupJobDetail;
import dev.cometsdk.client.model.CometAPIResponseMessage;
import dev.cometsdk.client.model.LegacyOptions;
import dev.cometsdk.client.model.ServerMetaBrandingProperties;
import dev.cometsdk.client.model.SessionKeyRegeneratedResponse;
import dev.cometsdk.client.model.StatResult;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.client.requests.AdminAccountSessionStartRequest;
import dev.cometsdk.client.requests.AdminAddUserRequest;
import dev.cometsdk.client.requests.AdminDownloadClientRequest;
import dev.cometsdk.client.requests.AdminListJobsRequest;
import dev.cometsdk.client.requests.AdminOldThingRequest;
import dev.cometsdk.runtime.AccountKind;
import dev.cometsdk.runtime.AuthRequirement;
import dev.cometsdk.runtime.CometTransport;
import dev.cometsdk.runtime.Credentials;
import dev.cometsdk.runtime.MethodCall;
import dev.cometsdk.runtime.TransportOptions;
import dev.cometsdk.runtime.UploadContent;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A client for the Comet Server API, generated from the spec of Comet Server 25.6.8.
 *
 * <p>Build one with {@link #builder()}:
 * <pre>{@code
 * try (CometClient client = CometClient.builder()
 *     .serverUrl("https://backup.example.com/")
 *     .credentials(Credentials.password("admin", password))
 *     .build()) {
 *   Map<String, UserProfileConfig> users = client.adminListUsersFull();
 * }
 * }</pre>
 *
 * <p>Every API method has a blocking form and an {@code ...Async} form whose future always
 * completes,
 * exceptionally with a {@link dev.cometsdk.runtime.CometException} on failure. A client is
 * thread-safe
 * and shares one HTTP client among all calls: create one and reuse it.
 *
 * <p>Methods with optional parameters take them through a request object; the blocking form with
 * the
 * required parameters only leaves them out. A later server version that adds an optional parameter
 * therefore breaks no existing call.
 *
 * @since Comet Server 25.6.8
 */
@SuppressWarnings("deprecation")
public final class CometClient implements AutoCloseable {
  private static final TypeReference<AdminResourceResponse> ADMIN_RESOURCE_RESPONSE =
      new TypeReference<AdminResourceResponse>() {};

  private static final TypeReference<CometAPIResponseMessage> COMET_API_RESPONSE_MESSAGE =
      new TypeReference<CometAPIResponseMessage>() {};

  private static final TypeReference<ServerMetaBrandingProperties> SERVER_META_BRANDING_PROPERTIES =
      new TypeReference<ServerMetaBrandingProperties>() {};

  private static final TypeReference<SessionKeyRegeneratedResponse> SESSION_KEY_REGENERATED_RESPONSE =
      new TypeReference<SessionKeyRegeneratedResponse>() {};

  private static final TypeReference<UserProfileConfig> USER_PROFILE_CONFIG =
      new TypeReference<UserProfileConfig>() {};

  private static final TypeReference<List<BackupJobDetail>> LIST_OF_BACKUP_JOB_DETAIL =
      new TypeReference<List<BackupJobDetail>>() {};

  private static final TypeReference<Map<Long, StatResult>> MAP_OF_INT64_TO_STAT_RESULT =
      new TypeReference<Map<Long, StatResult>>() {};

  private static final TypeReference<Map<String, UserProfileConfig>> MAP_OF_STRING_TO_USER_PROFILE_CONFIG =
      new TypeReference<Map<String, UserProfileConfig>>() {};

  private final CometTransport transport;

  /**
   * Creates a client with the given options; {@link #builder()} is usually simpler.
   *
   * @param options the server URL, credentials, timeouts and HTTP settings
   */
  public CometClient(TransportOptions options) {
    this.transport = new CometTransport(options);
  }

  /**
   * Starts building a client.
   *
   * @return a builder; {@code serverUrl} and {@code credentials} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the server URL requests go to, with a trailing slash.
   *
   * @return the server URL
   */
  public String serverUrl() {
    return transport.serverUrl();
  }

  /**
   * Releases the HTTP client if this client created it; a caller-supplied one is left open.
   */
  @Override
  public void close() {
    transport.close();
  }

  private static MethodCall adminAccountSessionStartCall(String selfAddress) {
    return MethodCall.form("AdminAccountSessionStart", "/api/v1/admin/account/session-start",
        AuthRequirement.ADMIN)
        .serverUrlIfAbsent("SelfAddress", selfAddress)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminAccountSessionStart}:
   * {@code POST /api/v1/admin/account/session-start}, with administrator credentials.
   *
   * <p>When the client was built with {@code switchToSessionKey(true)}, later calls use the session
   * key this returns.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link dev.cometsdk.client.requests.AdminAccountSessionStartRequest} to give them.
   *
   * @return the decoded response ({@code SessionKeyRegeneratedResponse})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public SessionKeyRegeneratedResponse adminAccountSessionStart() {
    SessionKeyRegeneratedResponse response = transport.call(adminAccountSessionStartCall(null),
        SESSION_KEY_REGENERATED_RESPONSE);
    transport.sessionStarted(response.getSessionKey());
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
   * {@link dev.cometsdk.client.requests.AdminAccountSessionStartRequest} to give them.
   *
   * @return a future of the decoded response ({@code SessionKeyRegeneratedResponse})
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<SessionKeyRegeneratedResponse> adminAccountSessionStartAsync() {
    return transport.callAsync(adminAccountSessionStartCall(null),
        SESSION_KEY_REGENERATED_RESPONSE).thenApply(response -> {
          transport.sessionStarted(response.getSessionKey());
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
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminAccountSessionStartRequest}
   * @return the decoded response ({@code SessionKeyRegeneratedResponse})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public SessionKeyRegeneratedResponse adminAccountSessionStart(
      AdminAccountSessionStartRequest request) {
    SessionKeyRegeneratedResponse response = transport.call(adminAccountSessionStartCall(request.getSelfAddress()),
        SESSION_KEY_REGENERATED_RESPONSE);
    transport.sessionStarted(response.getSessionKey());
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
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminAccountSessionStartRequest}
   * @return a future of the decoded response ({@code SessionKeyRegeneratedResponse})
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<SessionKeyRegeneratedResponse> adminAccountSessionStartAsync(
      AdminAccountSessionStartRequest request) {
    return transport.callAsync(adminAccountSessionStartCall(request.getSelfAddress()),
        SESSION_KEY_REGENERATED_RESPONSE).thenApply(response -> {
          transport.sessionStarted(response.getSessionKey());
          return response;
        });
  }

  private static MethodCall adminAddUserCall(String targetUser, String authType, String password,
      Long storeRecoveryCode, Boolean requirePasswordChange, String targetOrganization) {
    return MethodCall.form("AdminAddUser", "/api/v1/admin/add-user", AuthRequirement.ADMIN)
        .raw("TargetUser", targetUser)
        .raw("AuthType", authType)
        .raw("Password", password)
        .jsonIfPresent("StoreRecoveryCode", storeRecoveryCode)
        .jsonIfPresent("RequirePasswordChange", requirePasswordChange)
        .rawIfPresent("TargetOrganization", targetOrganization)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminAddUser}: {@code POST /api/v1/admin/add-user}, with
   * administrator credentials.
   *
   * <p>Needs the server role {@code auth} to be enabled. Access to it can be denied to individual
   * administrators.
   *
   * <p>This form leaves out the optional parameters {@code StoreRecoveryCode},
   * {@code RequirePasswordChange}, {@code TargetOrganization}; pass a
   * {@link dev.cometsdk.client.requests.AdminAddUserRequest} to give them.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @param authType the form field {@code AuthType} ({@code string}, required)
   * @param password the form field {@code Password} ({@code string}, required)
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public CometAPIResponseMessage adminAddUser(String targetUser, String authType, String password) {
    return transport.call(adminAddUserCall(targetUser, authType, password, null, null, null),
        COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminAddUser}: {@code POST /api/v1/admin/add-user}, with
   * administrator credentials, without blocking.
   *
   * <p>Needs the server role {@code auth} to be enabled. Access to it can be denied to individual
   * administrators.
   *
   * <p>This form leaves out the optional parameters {@code StoreRecoveryCode},
   * {@code RequirePasswordChange}, {@code TargetOrganization}; pass a
   * {@link dev.cometsdk.client.requests.AdminAddUserRequest} to give them.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @param authType the form field {@code AuthType} ({@code string}, required)
   * @param password the form field {@code Password} ({@code string}, required)
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<CometAPIResponseMessage> adminAddUserAsync(String targetUser,
      String authType, String password) {
    return transport.callAsync(adminAddUserCall(targetUser, authType, password, null, null, null),
        COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminAddUser}: {@code POST /api/v1/admin/add-user}, with
   * administrator credentials.
   *
   * <p>Needs the server role {@code auth} to be enabled. Access to it can be denied to individual
   * administrators.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminAddUserRequest}
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public CometAPIResponseMessage adminAddUser(AdminAddUserRequest request) {
    return transport.call(adminAddUserCall(request.getTargetUser(), request.getAuthType(),
        request.getPassword(), request.getStoreRecoveryCode(), request.getRequirePasswordChange(),
        request.getTargetOrganization()), COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminAddUser}: {@code POST /api/v1/admin/add-user}, with
   * administrator credentials, without blocking.
   *
   * <p>Needs the server role {@code auth} to be enabled. Access to it can be denied to individual
   * administrators.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminAddUserRequest}
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<CometAPIResponseMessage> adminAddUserAsync(AdminAddUserRequest request) {
    return transport.callAsync(adminAddUserCall(request.getTargetUser(), request.getAuthType(),
        request.getPassword(), request.getStoreRecoveryCode(), request.getRequirePasswordChange(),
        request.getTargetOrganization()), COMET_API_RESPONSE_MESSAGE);
  }

  private static MethodCall adminDownloadClientCall(long platform, String selfAddress) {
    return MethodCall.form("AdminDownloadClient", "/api/v1/admin/branding/generate-client/test",
        AuthRequirement.ADMIN)
        .json("Platform", platform)
        .serverUrlIfAbsent("SelfAddress", selfAddress)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link dev.cometsdk.client.requests.AdminDownloadClientRequest} to give them.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @return the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   */
  public byte[] adminDownloadClient(long platform) {
    return transport.download(adminDownloadClientCall(platform, null));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link dev.cometsdk.client.requests.AdminDownloadClientRequest} to give them.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @return the response body as a stream, which the caller must close
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   */
  public InputStream adminDownloadClientAsStream(long platform) {
    return transport.downloadStream(adminDownloadClientCall(platform, null));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * <p>This form leaves out the optional parameters {@code SelfAddress}; pass a
   * {@link dev.cometsdk.client.requests.AdminDownloadClientRequest} to give them.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   * @param target the file to write; replaced if it exists. The body is streamed, never held in
   *     memory
   */
  public void adminDownloadClientToFile(long platform, Path target) {
    transport.downloadTo(adminDownloadClientCall(platform, null), target);
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
   * {@link dev.cometsdk.client.requests.AdminDownloadClientRequest} to give them.
   *
   * @param platform the form field {@code Platform} ({@code int}, sent as JSON, required)
   * @return a future of the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @since Comet Server 25.6.8
   */
  public CompletableFuture<byte[]> adminDownloadClientAsync(long platform) {
    return transport.downloadAsync(adminDownloadClientCall(platform, null));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminDownloadClientRequest}
   * @return the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   */
  public byte[] adminDownloadClient(AdminDownloadClientRequest request) {
    return transport.download(adminDownloadClientCall(request.getPlatform(),
        request.getSelfAddress()));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminDownloadClientRequest}
   * @return the response body as a stream, which the caller must close
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   */
  public InputStream adminDownloadClientAsStream(AdminDownloadClientRequest request) {
    return transport.downloadStream(adminDownloadClientCall(request.getPlatform(),
        request.getSelfAddress()));
  }

  /**
   * Calls the Comet method {@code AdminDownloadClient}:
   * {@code POST /api/v1/admin/branding/generate-client/test}, with administrator credentials.
   *
   * <p>Credentials may be left out when the server allows unauthenticated downloads. Needs the
   * server role {@code software-build} to be enabled.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminDownloadClientRequest}
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   * @param target the file to write; replaced if it exists. The body is streamed, never held in
   *     memory
   */
  public void adminDownloadClientToFile(AdminDownloadClientRequest request, Path target) {
    transport.downloadTo(adminDownloadClientCall(request.getPlatform(),
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
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminDownloadClientRequest}
   * @return a future of the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @since Comet Server 25.6.8
   */
  public CompletableFuture<byte[]> adminDownloadClientAsync(AdminDownloadClientRequest request) {
    return transport.downloadAsync(adminDownloadClientCall(request.getPlatform(),
        request.getSelfAddress()));
  }

  private static MethodCall adminGetJobLogCall(String jobID) {
    return MethodCall.form("AdminGetJobLog", "/api/v1/admin/get-job-log", AuthRequirement.ADMIN)
        .raw("JobID", jobID)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminGetJobLog}: {@code POST /api/v1/admin/get-job-log}, with
   * administrator credentials.
   *
   * @param jobID the form field {@code JobID} ({@code string}, required)
   * @return the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public byte[] adminGetJobLog(String jobID) {
    return transport.download(adminGetJobLogCall(jobID));
  }

  /**
   * Calls the Comet method {@code AdminGetJobLog}: {@code POST /api/v1/admin/get-job-log}, with
   * administrator credentials.
   *
   * @param jobID the form field {@code JobID} ({@code string}, required)
   * @return the response body as a stream, which the caller must close
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public InputStream adminGetJobLogAsStream(String jobID) {
    return transport.downloadStream(adminGetJobLogCall(jobID));
  }

  /**
   * Calls the Comet method {@code AdminGetJobLog}: {@code POST /api/v1/admin/get-job-log}, with
   * administrator credentials.
   *
   * @param jobID the form field {@code JobID} ({@code string}, required)
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   * @param target the file to write; replaced if it exists. The body is streamed, never held in
   *     memory
   */
  public void adminGetJobLogToFile(String jobID, Path target) {
    transport.downloadTo(adminGetJobLogCall(jobID), target);
  }

  /**
   * Calls the Comet method {@code AdminGetJobLog}: {@code POST /api/v1/admin/get-job-log}, with
   * administrator credentials, without blocking.
   *
   * @param jobID the form field {@code JobID} ({@code string}, required)
   * @return a future of the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<byte[]> adminGetJobLogAsync(String jobID) {
    return transport.downloadAsync(adminGetJobLogCall(jobID));
  }

  private static MethodCall adminGetUserProfileCall(String targetUser) {
    return MethodCall.form("AdminGetUserProfile", "/api/v1/admin/get-user-profile",
        AuthRequirement.ADMIN)
        .raw("TargetUser", targetUser)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminGetUserProfile}:
   * {@code POST /api/v1/admin/get-user-profile}, with administrator credentials.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @return the decoded response ({@code UserProfileConfig})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public UserProfileConfig adminGetUserProfile(String targetUser) {
    return transport.call(adminGetUserProfileCall(targetUser), USER_PROFILE_CONFIG);
  }

  /**
   * Calls the Comet method {@code AdminGetUserProfile}:
   * {@code POST /api/v1/admin/get-user-profile}, with administrator credentials, without blocking.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @return a future of the decoded response ({@code UserProfileConfig})
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<UserProfileConfig> adminGetUserProfileAsync(String targetUser) {
    return transport.callAsync(adminGetUserProfileCall(targetUser), USER_PROFILE_CONFIG);
  }

  private static MethodCall adminListJobsCall(long start, Long end, List<Integer> statuses) {
    return MethodCall.form("AdminListJobs", "/api/v1/admin/list-jobs", AuthRequirement.ADMIN)
        .raw("Start", Long.toUnsignedString(start))
        .rawIfPresent("End", end == null ? null : Long.toUnsignedString(end))
        .jsonIfPresent("Statuses", statuses)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminListJobs}: {@code POST /api/v1/admin/list-jobs}, with
   * administrator credentials.
   *
   * <p>Only top-level administrators may call it, not tenant administrators.
   *
   * <p>This form leaves out the optional parameters {@code End}, {@code Statuses}; pass a
   * {@link dev.cometsdk.client.requests.AdminListJobsRequest} to give them.
   *
   * @param start the form field {@code Start} ({@code uint64}, sent as JSON, required)
   * @return the decoded response ({@code list&lt;BackupJobDetail&gt;})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   */
  public List<BackupJobDetail> adminListJobs(long start) {
    return transport.call(adminListJobsCall(start, null, null), LIST_OF_BACKUP_JOB_DETAIL);
  }

  /**
   * Calls the Comet method {@code AdminListJobs}: {@code POST /api/v1/admin/list-jobs}, with
   * administrator credentials, without blocking.
   *
   * <p>Only top-level administrators may call it, not tenant administrators.
   *
   * <p>This form leaves out the optional parameters {@code End}, {@code Statuses}; pass a
   * {@link dev.cometsdk.client.requests.AdminListJobsRequest} to give them.
   *
   * @param start the form field {@code Start} ({@code uint64}, sent as JSON, required)
   * @return a future of the decoded response ({@code list&lt;BackupJobDetail&gt;})
   * @since Comet Server 25.6.8
   */
  public CompletableFuture<List<BackupJobDetail>> adminListJobsAsync(long start) {
    return transport.callAsync(adminListJobsCall(start, null, null), LIST_OF_BACKUP_JOB_DETAIL);
  }

  /**
   * Calls the Comet method {@code AdminListJobs}: {@code POST /api/v1/admin/list-jobs}, with
   * administrator credentials.
   *
   * <p>Only top-level administrators may call it, not tenant administrators.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminListJobsRequest}
   * @return the decoded response ({@code list&lt;BackupJobDetail&gt;})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   */
  public List<BackupJobDetail> adminListJobs(AdminListJobsRequest request) {
    return transport.call(adminListJobsCall(request.getStart(), request.getEnd(),
        request.getStatuses()), LIST_OF_BACKUP_JOB_DETAIL);
  }

  /**
   * Calls the Comet method {@code AdminListJobs}: {@code POST /api/v1/admin/list-jobs}, with
   * administrator credentials, without blocking.
   *
   * <p>Only top-level administrators may call it, not tenant administrators.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminListJobsRequest}
   * @return a future of the decoded response ({@code list&lt;BackupJobDetail&gt;})
   * @since Comet Server 25.6.8
   */
  public CompletableFuture<List<BackupJobDetail>> adminListJobsAsync(AdminListJobsRequest request) {
    return transport.callAsync(adminListJobsCall(request.getStart(), request.getEnd(),
        request.getStatuses()), LIST_OF_BACKUP_JOB_DETAIL);
  }

  private static MethodCall adminListUsersFullCall() {
    return MethodCall.form("AdminListUsersFull", "/api/v1/admin/list-users-full",
        AuthRequirement.ADMIN)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminListUsersFull}: {@code POST /api/v1/admin/list-users-full},
   * with administrator credentials.
   *
   * @return the decoded response ({@code map&lt;string,UserProfileConfig&gt;})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public Map<String, UserProfileConfig> adminListUsersFull() {
    return transport.call(adminListUsersFullCall(), MAP_OF_STRING_TO_USER_PROFILE_CONFIG);
  }

  /**
   * Calls the Comet method {@code AdminListUsersFull}: {@code POST /api/v1/admin/list-users-full},
   * with administrator credentials, without blocking.
   *
   * @return a future of the decoded response ({@code map&lt;string,UserProfileConfig&gt;})
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<Map<String, UserProfileConfig>> adminListUsersFullAsync() {
    return transport.callAsync(adminListUsersFullCall(), MAP_OF_STRING_TO_USER_PROFILE_CONFIG);
  }

  private static MethodCall adminMetaResourceNewCall(UploadContent upload) {
    return MethodCall.multipart("AdminMetaResourceNew", "/api/v1/admin/meta/resource/new",
        AuthRequirement.ADMIN)
        .upload("upload", upload)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminMetaResourceNew}:
   * {@code POST /api/v1/admin/meta/resource/new}, with administrator credentials.
   *
   * <p>Sent as {@code multipart/form-data}, the file as a streamed part.
   *
   * @param upload the form field {@code upload} ({@code string}, required)
   * @return the decoded response ({@code AdminResourceResponse})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.9.9
   */
  public AdminResourceResponse adminMetaResourceNew(UploadContent upload) {
    return transport.call(adminMetaResourceNewCall(upload), ADMIN_RESOURCE_RESPONSE);
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
  public CompletableFuture<AdminResourceResponse> adminMetaResourceNewAsync(UploadContent upload) {
    return transport.callAsync(adminMetaResourceNewCall(upload), ADMIN_RESOURCE_RESPONSE);
  }

  /**
   * Calls {@code adminMetaResourceNew} with the file content given as bytes.
   *
   * @param upload the file to upload; the form field {@code upload} ({@code string}, required)
   * @return the decoded response
   * @since Comet Server 18.9.9
   */
  public AdminResourceResponse adminMetaResourceNew(byte[] upload) {
    return adminMetaResourceNew(UploadContent.ofBytes(upload));
  }

  /**
   * Calls {@code adminMetaResourceNew} with the file content given as a file, streamed.
   *
   * @param upload the file to upload; the form field {@code upload} ({@code string}, required)
   * @return the decoded response
   * @since Comet Server 18.9.9
   */
  public AdminResourceResponse adminMetaResourceNew(Path upload) {
    return adminMetaResourceNew(UploadContent.ofPath(upload));
  }

  /**
   * Calls {@code adminMetaResourceNew} with the file content given as a stream, read to its end but
   * not closed.
   *
   * @param upload the file to upload; the form field {@code upload} ({@code string}, required)
   * @return the decoded response
   * @since Comet Server 18.9.9
   */
  public AdminResourceResponse adminMetaResourceNew(InputStream upload) {
    return adminMetaResourceNew(UploadContent.ofStream(upload));
  }

  private static MethodCall adminMetaStatsCall(boolean simple) {
    return MethodCall.form("AdminMetaStats", "/api/v1/admin/meta/stats", AuthRequirement.ADMIN)
        .json("Simple", simple)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminMetaStats}: {@code POST /api/v1/admin/meta/stats}, with
   * administrator credentials.
   *
   * @param simple the form field {@code Simple} ({@code bool}, sent as JSON, required)
   * @return the decoded response ({@code map&lt;int64,StatResult&gt;})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public Map<Long, StatResult> adminMetaStats(boolean simple) {
    return transport.call(adminMetaStatsCall(simple), MAP_OF_INT64_TO_STAT_RESULT);
  }

  /**
   * Calls the Comet method {@code AdminMetaStats}: {@code POST /api/v1/admin/meta/stats}, with
   * administrator credentials, without blocking.
   *
   * @param simple the form field {@code Simple} ({@code bool}, sent as JSON, required)
   * @return a future of the decoded response ({@code map&lt;int64,StatResult&gt;})
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<Map<Long, StatResult>> adminMetaStatsAsync(boolean simple) {
    return transport.callAsync(adminMetaStatsCall(simple), MAP_OF_INT64_TO_STAT_RESULT);
  }

  private static MethodCall adminOldThingCall(String class_, LegacyOptions legacy) {
    return MethodCall.form("AdminOldThing", "/api/v1/admin/old-thing", AuthRequirement.ADMIN)
        .raw("Class", class_)
        .jsonIfPresent("Legacy", legacy)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminOldThing}: {@code POST /api/v1/admin/old-thing}, with
   * administrator credentials.
   *
   * <p>This form leaves out the optional parameters {@code Legacy}; pass a
   * {@link dev.cometsdk.client.requests.AdminOldThingRequest} to give them.
   *
   * @param class_ the form field {@code Class} ({@code string}, required)
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  public CometAPIResponseMessage adminOldThing(String class_) {
    return transport.call(adminOldThingCall(class_, null), COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminOldThing}: {@code POST /api/v1/admin/old-thing}, with
   * administrator credentials, without blocking.
   *
   * <p>This form leaves out the optional parameters {@code Legacy}; pass a
   * {@link dev.cometsdk.client.requests.AdminOldThingRequest} to give them.
   *
   * @param class_ the form field {@code Class} ({@code string}, required)
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  public CompletableFuture<CometAPIResponseMessage> adminOldThingAsync(String class_) {
    return transport.callAsync(adminOldThingCall(class_, null), COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminOldThing}: {@code POST /api/v1/admin/old-thing}, with
   * administrator credentials.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminOldThingRequest}
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  public CometAPIResponseMessage adminOldThing(AdminOldThingRequest request) {
    return transport.call(adminOldThingCall(request.getClassValue(), request.getLegacy()),
        COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminOldThing}: {@code POST /api/v1/admin/old-thing}, with
   * administrator credentials, without blocking.
   *
   * @param request the parameters, optional ones included; see
   *     {@link dev.cometsdk.client.requests.AdminOldThingRequest}
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  public CompletableFuture<CometAPIResponseMessage> adminOldThingAsync(
      AdminOldThingRequest request) {
    return transport.callAsync(adminOldThingCall(request.getClassValue(), request.getLegacy()),
        COMET_API_RESPONSE_MESSAGE);
  }

  private static MethodCall adminSetUserProfileCall(String targetUser,
      UserProfileConfig profileData) {
    return MethodCall.form("AdminSetUserProfile", "/api/v1/admin/set-user-profile",
        AuthRequirement.ADMIN)
        .raw("TargetUser", targetUser)
        .json("ProfileData", profileData)
        .build();
  }

  /**
   * Calls the Comet method {@code AdminSetUserProfile}:
   * {@code POST /api/v1/admin/set-user-profile}, with administrator credentials.
   *
   * <p>Needs the server roles {@code auth}, {@code storage} to be enabled.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @param profileData the form field {@code ProfileData} ({@code UserProfileConfig}, sent as JSON,
   *     required)
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.8.1
   */
  public CometAPIResponseMessage adminSetUserProfile(String targetUser,
      UserProfileConfig profileData) {
    return transport.call(adminSetUserProfileCall(targetUser, profileData),
        COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminSetUserProfile}:
   * {@code POST /api/v1/admin/set-user-profile}, with administrator credentials, without blocking.
   *
   * <p>Needs the server roles {@code auth}, {@code storage} to be enabled.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @param profileData the form field {@code ProfileData} ({@code UserProfileConfig}, sent as JSON,
   *     required)
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @since Comet Server 18.8.1
   */
  public CompletableFuture<CometAPIResponseMessage> adminSetUserProfileAsync(String targetUser,
      UserProfileConfig profileData) {
    return transport.callAsync(adminSetUserProfileCall(targetUser, profileData),
        COMET_API_RESPONSE_MESSAGE);
  }

  private static MethodCall brandingPropsCall() {
    return MethodCall.get("BrandingProps", "/gen/branding.props", AuthRequirement.NONE)
        .build();
  }

  /**
   * Calls the Comet method {@code BrandingProps}: {@code GET /gen/branding.props}, without
   * credentials.
   *
   * @return the decoded response ({@code ServerMetaBrandingProperties})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 21.6.6
   */
  public ServerMetaBrandingProperties brandingProps() {
    return transport.call(brandingPropsCall(), SERVER_META_BRANDING_PROPERTIES);
  }

  /**
   * Calls the Comet method {@code BrandingProps}: {@code GET /gen/branding.props}, without
   * credentials, without blocking.
   *
   * @return a future of the decoded response ({@code ServerMetaBrandingProperties})
   * @since Comet Server 21.6.6
   */
  public CompletableFuture<ServerMetaBrandingProperties> brandingPropsAsync() {
    return transport.callAsync(brandingPropsCall(), SERVER_META_BRANDING_PROPERTIES);
  }

  private static MethodCall hybridSessionStartCall() {
    return MethodCall.form("HybridSessionStart", "/api/v1/hybrid/session/start",
        AuthRequirement.ANY)
        .build();
  }

  /**
   * Calls the Comet method {@code HybridSessionStart}: {@code POST /api/v1/hybrid/session/start},
   * with administrator or end-user credentials.
   *
   * <p>When the client was built with {@code switchToSessionKey(true)}, later calls use the session
   * key this returns.
   *
   * @return the decoded response ({@code SessionKeyRegeneratedResponse})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 18.12.6
   */
  public SessionKeyRegeneratedResponse hybridSessionStart() {
    SessionKeyRegeneratedResponse response = transport.call(hybridSessionStartCall(),
        SESSION_KEY_REGENERATED_RESPONSE);
    transport.sessionStarted(response.getSessionKey());
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
  public CompletableFuture<SessionKeyRegeneratedResponse> hybridSessionStartAsync() {
    return transport.callAsync(hybridSessionStartCall(),
        SESSION_KEY_REGENERATED_RESPONSE).thenApply(response -> {
          transport.sessionStarted(response.getSessionKey());
          return response;
        });
  }

  private static MethodCall userWebGetUserProfileCall() {
    return MethodCall.form("UserWebGetUserProfile", "/api/v1/user/web/get-user-profile",
        AuthRequirement.USER)
        .build();
  }

  /**
   * Calls the Comet method {@code UserWebGetUserProfile}:
   * {@code POST /api/v1/user/web/get-user-profile}, with end-user credentials.
   *
   * @return the decoded response ({@code UserProfileConfig})
   * @throws dev.cometsdk.runtime.CometApiException when the server reports an error in its response
   * @throws dev.cometsdk.runtime.CometException on any other failure: connection, timeout, HTTP
   *     status, decoding
   * @since Comet Server 25.6.8
   */
  public UserProfileConfig userWebGetUserProfile() {
    return transport.call(userWebGetUserProfileCall(), USER_PROFILE_CONFIG);
  }

  /**
   * Calls the Comet method {@code UserWebGetUserProfile}:
   * {@code POST /api/v1/user/web/get-user-profile}, with end-user credentials, without blocking.
   *
   * @return a future of the decoded response ({@code UserProfileConfig})
   * @since Comet Server 25.6.8
   */
  public CompletableFuture<UserProfileConfig> userWebGetUserProfileAsync() {
    return transport.callAsync(userWebGetUserProfileCall(), USER_PROFILE_CONFIG);
  }

  /**
   * Collects the options of a {@link CometClient}. Only the server URL and the credentials are
   * required.
   */
  public static final class Builder {
    private final TransportOptions.Builder options = TransportOptions.builder();

    private Builder() {
    }

    /**
     * Sets the server's URL; a base path such as {@code https://host/comet/} is kept.
     *
     * @param serverUrl the value
     * @return this builder
     */
    public Builder serverUrl(String serverUrl) {
      options.serverUrl(serverUrl);
      return this;
    }

    /**
     * Sets the server's URL; a base path such as {@code https://host/comet/} is kept.
     *
     * @param serverUrl the value
     * @return this builder
     */
    public Builder serverUrl(URI serverUrl) {
      options.serverUrl(serverUrl);
      return this;
    }

    /**
     * Sets how to sign in: a password, a password and a one-time code (used once), or a session
     * key.
     *
     * @param credentials the value
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      options.credentials(credentials);
      return this;
    }

    /**
     * Sets whether the credentials are an administrator's (the default) or an end user's.
     *
     * @param accountKind the value
     * @return this builder
     */
    public Builder accountKind(AccountKind accountKind) {
      options.accountKind(accountKind);
      return this;
    }

    /**
     * Sets how long to wait for a connection (default 10 seconds).
     *
     * @param connectTimeout the value
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      options.connectTimeout(connectTimeout);
      return this;
    }

    /**
     * Sets how long to wait for a response to begin (default 60 seconds).
     *
     * @param requestTimeout the value
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      options.requestTimeout(requestTimeout);
      return this;
    }

    /**
     * Sets an HTTP client of your own, for TLS settings or a proxy; it is shared, not closed.
     *
     * @param httpClient the value
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      options.httpClient(httpClient);
      return this;
    }

    /**
     * Sets a header to send with every request.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      options.header(name, value);
      return this;
    }

    /**
     * Sets the {@code User-Agent} to send instead of the SDK's own.
     *
     * @param userAgent the value
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      options.userAgent(userAgent);
      return this;
    }

    /**
     * Sets whether a successful session-start call switches later calls to the session key it
     * returned (default false).
     *
     * @param switchToSessionKey the value
     * @return this builder
     */
    public Builder switchToSessionKey(boolean switchToSessionKey) {
      options.switchToSessionKey(switchToSessionKey);
      return this;
    }

    /**
     * Creates the client.
     *
     * @return a thread-safe client
     * @throws IllegalArgumentException naming the option that is missing or invalid
     */
    public CometClient build() {
      return new CometClient(options.build());
    }
  }
}
