// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import dev.cometsdk.client.model.BackupJobDetail;
import dev.cometsdk.client.model.CometAPIResponseMessage;
import dev.cometsdk.client.model.LegacyOptions;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.client.requests.AdminAddUserRequest;
import dev.cometsdk.client.requests.AdminListJobsRequest;
import dev.cometsdk.client.requests.AdminOldThingRequest;
import dev.cometsdk.runtime.AuthRequirement;
import dev.cometsdk.runtime.CometApi;
import dev.cometsdk.runtime.CometApiException;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.MethodCall;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The Comet API methods under {@code /api/v1/admin/}: 7 methods of {@link CometClient}, which
 * implements this interface.
 *
 * <p>Every method has a blocking form and an {@code ...Async} form whose future always completes,
 * exceptionally with a {@link CometException} on failure.
 *
 * @since Comet Server 25.6.8
 */
@SuppressWarnings("deprecation")
public interface AdminApi extends CometApi {
  /**
   * Calls the Comet method {@code AdminAddUser}: {@code POST /api/v1/admin/add-user}, with
   * administrator credentials.
   *
   * <p>Needs the server role {@code auth} to be enabled. Access to it can be denied to individual
   * administrators.
   *
   * <p>This form leaves out the optional parameters {@code StoreRecoveryCode},
   * {@code RequirePasswordChange}, {@code TargetOrganization}; pass a {@link AdminAddUserRequest}
   * to give them.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @param authType the form field {@code AuthType} ({@code string}, required)
   * @param password the form field {@code Password} ({@code string}, required)
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default CometAPIResponseMessage adminAddUser(String targetUser, String authType,
      String password) {
    return transport().call(adminAddUserCall(targetUser, authType, password, null, null, null),
        ResponseTypes.COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminAddUser}: {@code POST /api/v1/admin/add-user}, with
   * administrator credentials, without blocking.
   *
   * <p>Needs the server role {@code auth} to be enabled. Access to it can be denied to individual
   * administrators.
   *
   * <p>This form leaves out the optional parameters {@code StoreRecoveryCode},
   * {@code RequirePasswordChange}, {@code TargetOrganization}; pass a {@link AdminAddUserRequest}
   * to give them.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @param authType the form field {@code AuthType} ({@code string}, required)
   * @param password the form field {@code Password} ({@code string}, required)
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @since Comet Server 18.8.1
   */
  default CompletableFuture<CometAPIResponseMessage> adminAddUserAsync(String targetUser,
      String authType, String password) {
    return transport().callAsync(adminAddUserCall(targetUser, authType, password, null, null, null),
        ResponseTypes.COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminAddUser}: {@code POST /api/v1/admin/add-user}, with
   * administrator credentials.
   *
   * <p>Needs the server role {@code auth} to be enabled. Access to it can be denied to individual
   * administrators.
   *
   * @param request the parameters, optional ones included
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default CometAPIResponseMessage adminAddUser(AdminAddUserRequest request) {
    return transport().call(adminAddUserCall(request.getTargetUser(), request.getAuthType(),
        request.getPassword(), request.getStoreRecoveryCode(), request.getRequirePasswordChange(),
        request.getTargetOrganization()), ResponseTypes.COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminAddUser}: {@code POST /api/v1/admin/add-user}, with
   * administrator credentials, without blocking.
   *
   * <p>Needs the server role {@code auth} to be enabled. Access to it can be denied to individual
   * administrators.
   *
   * @param request the parameters, optional ones included
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @since Comet Server 18.8.1
   */
  default CompletableFuture<CometAPIResponseMessage> adminAddUserAsync(
      AdminAddUserRequest request) {
    return transport().callAsync(adminAddUserCall(request.getTargetUser(), request.getAuthType(),
        request.getPassword(), request.getStoreRecoveryCode(), request.getRequirePasswordChange(),
        request.getTargetOrganization()), ResponseTypes.COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminGetJobLog}: {@code POST /api/v1/admin/get-job-log}, with
   * administrator credentials.
   *
   * @param jobId the form field {@code JobID} ({@code string}, required)
   * @return the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default byte[] adminGetJobLog(String jobId) {
    return transport().download(adminGetJobLogCall(jobId));
  }

  /**
   * Calls the Comet method {@code AdminGetJobLog}: {@code POST /api/v1/admin/get-job-log}, with
   * administrator credentials.
   *
   * @param jobId the form field {@code JobID} ({@code string}, required)
   * @return the response body as a stream, which the caller must close
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default InputStream adminGetJobLogAsStream(String jobId) {
    return transport().downloadStream(adminGetJobLogCall(jobId));
  }

  /**
   * Calls the Comet method {@code AdminGetJobLog}: {@code POST /api/v1/admin/get-job-log}, with
   * administrator credentials.
   *
   * @param jobId the form field {@code JobID} ({@code string}, required)
   * @param target the file to write; replaced if it exists. The body is streamed, never held in
   *     memory
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default void adminGetJobLogToFile(String jobId, Path target) {
    transport().downloadTo(adminGetJobLogCall(jobId), target);
  }

  /**
   * Calls the Comet method {@code AdminGetJobLog}: {@code POST /api/v1/admin/get-job-log}, with
   * administrator credentials, without blocking.
   *
   * @param jobId the form field {@code JobID} ({@code string}, required)
   * @return a future of the whole response body (for large downloads prefer the {@code AsStream} or
   *     {@code ToFile} forms)
   * @since Comet Server 18.8.1
   */
  default CompletableFuture<byte[]> adminGetJobLogAsync(String jobId) {
    return transport().downloadAsync(adminGetJobLogCall(jobId));
  }

  /**
   * Calls the Comet method {@code AdminGetUserProfile}:
   * {@code POST /api/v1/admin/get-user-profile}, with administrator credentials.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @return the decoded response ({@code UserProfileConfig})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default UserProfileConfig adminGetUserProfile(String targetUser) {
    return transport().call(adminGetUserProfileCall(targetUser), ResponseTypes.USER_PROFILE_CONFIG);
  }

  /**
   * Calls the Comet method {@code AdminGetUserProfile}:
   * {@code POST /api/v1/admin/get-user-profile}, with administrator credentials, without blocking.
   *
   * @param targetUser the form field {@code TargetUser} ({@code string}, required)
   * @return a future of the decoded response ({@code UserProfileConfig})
   * @since Comet Server 18.8.1
   */
  default CompletableFuture<UserProfileConfig> adminGetUserProfileAsync(String targetUser) {
    return transport().callAsync(adminGetUserProfileCall(targetUser),
        ResponseTypes.USER_PROFILE_CONFIG);
  }

  /**
   * Calls the Comet method {@code AdminListJobs}: {@code POST /api/v1/admin/list-jobs}, with
   * administrator credentials.
   *
   * <p>Only top-level administrators may call it, not tenant administrators.
   *
   * <p>This form leaves out the optional parameters {@code End}, {@code Statuses}; pass a
   * {@link AdminListJobsRequest} to give them.
   *
   * @param start the form field {@code Start} ({@code uint64}, sent as JSON, required)
   * @return the decoded response ({@code list&lt;BackupJobDetail&gt;})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default List<BackupJobDetail> adminListJobs(long start) {
    return transport().call(adminListJobsCall(start, null, null),
        ResponseTypes.LIST_OF_BACKUP_JOB_DETAIL);
  }

  /**
   * Calls the Comet method {@code AdminListJobs}: {@code POST /api/v1/admin/list-jobs}, with
   * administrator credentials, without blocking.
   *
   * <p>Only top-level administrators may call it, not tenant administrators.
   *
   * <p>This form leaves out the optional parameters {@code End}, {@code Statuses}; pass a
   * {@link AdminListJobsRequest} to give them.
   *
   * @param start the form field {@code Start} ({@code uint64}, sent as JSON, required)
   * @return a future of the decoded response ({@code list&lt;BackupJobDetail&gt;})
   * @since Comet Server 25.6.8
   */
  default CompletableFuture<List<BackupJobDetail>> adminListJobsAsync(long start) {
    return transport().callAsync(adminListJobsCall(start, null, null),
        ResponseTypes.LIST_OF_BACKUP_JOB_DETAIL);
  }

  /**
   * Calls the Comet method {@code AdminListJobs}: {@code POST /api/v1/admin/list-jobs}, with
   * administrator credentials.
   *
   * <p>Only top-level administrators may call it, not tenant administrators.
   *
   * @param request the parameters, optional ones included
   * @return the decoded response ({@code list&lt;BackupJobDetail&gt;})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 25.6.8
   */
  default List<BackupJobDetail> adminListJobs(AdminListJobsRequest request) {
    return transport().call(adminListJobsCall(request.getStart(), request.getEnd(),
        request.getStatuses()), ResponseTypes.LIST_OF_BACKUP_JOB_DETAIL);
  }

  /**
   * Calls the Comet method {@code AdminListJobs}: {@code POST /api/v1/admin/list-jobs}, with
   * administrator credentials, without blocking.
   *
   * <p>Only top-level administrators may call it, not tenant administrators.
   *
   * @param request the parameters, optional ones included
   * @return a future of the decoded response ({@code list&lt;BackupJobDetail&gt;})
   * @since Comet Server 25.6.8
   */
  default CompletableFuture<List<BackupJobDetail>> adminListJobsAsync(
      AdminListJobsRequest request) {
    return transport().callAsync(adminListJobsCall(request.getStart(), request.getEnd(),
        request.getStatuses()), ResponseTypes.LIST_OF_BACKUP_JOB_DETAIL);
  }

  /**
   * Calls the Comet method {@code AdminListUsersFull}: {@code POST /api/v1/admin/list-users-full},
   * with administrator credentials.
   *
   * @return the decoded response ({@code map&lt;string,UserProfileConfig&gt;})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default Map<String, UserProfileConfig> adminListUsersFull() {
    return transport().call(adminListUsersFullCall(),
        ResponseTypes.MAP_OF_STRING_TO_USER_PROFILE_CONFIG);
  }

  /**
   * Calls the Comet method {@code AdminListUsersFull}: {@code POST /api/v1/admin/list-users-full},
   * with administrator credentials, without blocking.
   *
   * @return a future of the decoded response ({@code map&lt;string,UserProfileConfig&gt;})
   * @since Comet Server 18.8.1
   */
  default CompletableFuture<Map<String, UserProfileConfig>> adminListUsersFullAsync() {
    return transport().callAsync(adminListUsersFullCall(),
        ResponseTypes.MAP_OF_STRING_TO_USER_PROFILE_CONFIG);
  }

  /**
   * Calls the Comet method {@code AdminOldThing}: {@code POST /api/v1/admin/old-thing}, with
   * administrator credentials.
   *
   * <p>This form leaves out the optional parameters {@code Legacy}; pass a
   * {@link AdminOldThingRequest} to give them.
   *
   * @param class_ the form field {@code Class} ({@code string}, required)
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  default CometAPIResponseMessage adminOldThing(String class_) {
    return transport().call(adminOldThingCall(class_, null),
        ResponseTypes.COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminOldThing}: {@code POST /api/v1/admin/old-thing}, with
   * administrator credentials, without blocking.
   *
   * <p>This form leaves out the optional parameters {@code Legacy}; pass a
   * {@link AdminOldThingRequest} to give them.
   *
   * @param class_ the form field {@code Class} ({@code string}, required)
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  default CompletableFuture<CometAPIResponseMessage> adminOldThingAsync(String class_) {
    return transport().callAsync(adminOldThingCall(class_, null),
        ResponseTypes.COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminOldThing}: {@code POST /api/v1/admin/old-thing}, with
   * administrator credentials.
   *
   * @param request the parameters, optional ones included
   * @return the decoded response ({@code CometAPIResponseMessage})
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  default CometAPIResponseMessage adminOldThing(AdminOldThingRequest request) {
    return transport().call(adminOldThingCall(request.getClass_(), request.getLegacy()),
        ResponseTypes.COMET_API_RESPONSE_MESSAGE);
  }

  /**
   * Calls the Comet method {@code AdminOldThing}: {@code POST /api/v1/admin/old-thing}, with
   * administrator credentials, without blocking.
   *
   * @param request the parameters, optional ones included
   * @return a future of the decoded response ({@code CometAPIResponseMessage})
   * @deprecated Marked deprecated by Comet since server 23.x.x; kept so that existing code keeps
   *     compiling.
   * @since Comet Server 25.6.8
   */
  @Deprecated
  default CompletableFuture<CometAPIResponseMessage> adminOldThingAsync(
      AdminOldThingRequest request) {
    return transport().callAsync(adminOldThingCall(request.getClass_(), request.getLegacy()),
        ResponseTypes.COMET_API_RESPONSE_MESSAGE);
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
   * @throws CometApiException when the server reports an error in its response
   * @throws CometException on any other failure: connection, timeout, HTTP status, decoding
   * @since Comet Server 18.8.1
   */
  default CometAPIResponseMessage adminSetUserProfile(String targetUser,
      UserProfileConfig profileData) {
    return transport().call(adminSetUserProfileCall(targetUser, profileData),
        ResponseTypes.COMET_API_RESPONSE_MESSAGE);
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
  default CompletableFuture<CometAPIResponseMessage> adminSetUserProfileAsync(String targetUser,
      UserProfileConfig profileData) {
    return transport().callAsync(adminSetUserProfileCall(targetUser, profileData),
        ResponseTypes.COMET_API_RESPONSE_MESSAGE);
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

  private static MethodCall adminGetJobLogCall(String jobId) {
    return MethodCall.form("AdminGetJobLog", "/api/v1/admin/get-job-log", AuthRequirement.ADMIN)
        .raw("JobID", jobId)
        .build();
  }

  private static MethodCall adminGetUserProfileCall(String targetUser) {
    return MethodCall.form("AdminGetUserProfile", "/api/v1/admin/get-user-profile",
        AuthRequirement.ADMIN)
        .raw("TargetUser", targetUser)
        .build();
  }

  private static MethodCall adminListJobsCall(long start, Long end, List<Integer> statuses) {
    return MethodCall.form("AdminListJobs", "/api/v1/admin/list-jobs", AuthRequirement.ADMIN)
        .raw("Start", Long.toUnsignedString(start))
        .rawIfPresent("End", end == null ? null : Long.toUnsignedString(end))
        .jsonIfPresent("Statuses", statuses)
        .build();
  }

  private static MethodCall adminListUsersFullCall() {
    return MethodCall.form("AdminListUsersFull", "/api/v1/admin/list-users-full",
        AuthRequirement.ADMIN)
        .build();
  }

  @SuppressWarnings("deprecation")
  private static MethodCall adminOldThingCall(String class_, LegacyOptions legacy) {
    return MethodCall.form("AdminOldThing", "/api/v1/admin/old-thing", AuthRequirement.ADMIN)
        .raw("Class", class_)
        .jsonIfPresent("Legacy", legacy)
        .build();
  }

  private static MethodCall adminSetUserProfileCall(String targetUser,
      UserProfileConfig profileData) {
    return MethodCall.form("AdminSetUserProfile", "/api/v1/admin/set-user-profile",
        AuthRequirement.ADMIN)
        .raw("TargetUser", targetUser)
        .json("ProfileData", profileData)
        .build();
  }
}
