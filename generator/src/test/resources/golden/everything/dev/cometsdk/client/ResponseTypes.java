// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cometsdk.client.model.AdminResourceResponse;
import dev.cometsdk.client.model.BackupJobDetail;
import dev.cometsdk.client.model.CometAPIResponseMessage;
import dev.cometsdk.client.model.ServerMetaBrandingProperties;
import dev.cometsdk.client.model.SessionKeyRegeneratedResponse;
import dev.cometsdk.client.model.StatResult;
import dev.cometsdk.client.model.UserProfileConfig;
import java.util.List;
import java.util.Map;

/**
 * The Java types of the client's JSON responses, one for each type that a method returns.
 */
final class ResponseTypes {
  static final TypeReference<AdminResourceResponse> ADMIN_RESOURCE_RESPONSE =
      new TypeReference<AdminResourceResponse>() {};

  static final TypeReference<CometAPIResponseMessage> COMET_API_RESPONSE_MESSAGE =
      new TypeReference<CometAPIResponseMessage>() {};

  static final TypeReference<List<BackupJobDetail>> LIST_OF_BACKUP_JOB_DETAIL =
      new TypeReference<List<BackupJobDetail>>() {};

  static final TypeReference<Map<Long, StatResult>> MAP_OF_INT64_TO_STAT_RESULT =
      new TypeReference<Map<Long, StatResult>>() {};

  static final TypeReference<Map<String, UserProfileConfig>> MAP_OF_STRING_TO_USER_PROFILE_CONFIG =
      new TypeReference<Map<String, UserProfileConfig>>() {};

  static final TypeReference<ServerMetaBrandingProperties> SERVER_META_BRANDING_PROPERTIES =
      new TypeReference<ServerMetaBrandingProperties>() {};

  static final TypeReference<SessionKeyRegeneratedResponse> SESSION_KEY_REGENERATED_RESPONSE =
      new TypeReference<SessionKeyRegeneratedResponse>() {};

  static final TypeReference<UserProfileConfig> USER_PROFILE_CONFIG =
      new TypeReference<UserProfileConfig>() {};

  private ResponseTypes() {
  }
}
