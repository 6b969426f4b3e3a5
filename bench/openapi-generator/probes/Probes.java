import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.client.ApiClient;
import org.openapitools.client.api.AdminApi;
import org.openapitools.client.api.AdminDispatcherApi;
import org.openapitools.client.api.AdminMetaApi;
import org.openapitools.client.model.BackupJobDetail;
import org.openapitools.client.model.EmailOptions;
import org.openapitools.client.model.JobStatus;
import org.openapitools.client.model.UserProfileConfig;

/**
 * Runs the client that OpenAPI Generator made from our OpenAPI document against {@link
 * StubServer} and prints one {@code PROBE} line per question; {@code OurProbes} asks ours the same
 * questions. Nothing is assumed: every outcome is what the generated code did.
 */
public final class Probes {
  private static final String SET_PROFILE = "/api/v1/admin/set-user-profile";

  public static void main(String[] args) throws Exception {
    try (StubServer stub = StubServer.start()) {
      ApiClient apiClient = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(), stub.baseUrl());
      AdminApi admin = new AdminApi(apiClient);
      // The exporter tags operations by area, so OpenAPI Generator splits them over several Api classes.
      AdminDispatcherApi dispatcher = new AdminDispatcherApi(apiClient);
      AdminMetaApi meta = new AdminMetaApi(apiClient);

      UserProfileConfig profile = admin.adminGetUserProfile("admin", "Password", "secret", null, null, "alice");
      StubServer.report("unknown-fields-read", "accepted; kept in getAdditionalProperties() = " + profile.getAdditionalProperties());
      String modelJson = apiClient.getObjectMapper().writeValueAsString(profile);
      StubServer.report("unknown-fields-in-model-json", modelJson.contains("FutureField") && modelJson.contains("FutureFlag")
          ? "kept when the client's ObjectMapper writes the model" : "LOST when the model is written: " + modelJson);

      profile.setAccountName("Alice Example");
      admin.adminSetUserProfile("admin", "Password", "secret", null, null, "alice", profile);
      Map<String, String> form = stub.lastForm(SET_PROFILE);
      StubServer.report("credentials-as-form-fields", "form fields sent: " + form.keySet() + "; Username=" + form.get("Username")
          + ", AuthType=" + form.get("AuthType") + " (each a String parameter of every method)");
      StubServer.report("json-in-form ProfileData", StubServer.jsonVerdict(form.get("ProfileData"), "FutureField"));
      System.out.println("---- ProfileData as it arrived (first 300 characters) ----");
      String profileData = String.valueOf(form.get("ProfileData"));
      System.out.println(profileData.substring(0, Math.min(300, profileData.length())));
      System.out.println("----");

      dispatcher.adminDispatcherDeleteSnapshots("admin", "Password", "secret", null, null, "device-1", "dest-1", List.of("snap-a", "snap-b"));
      StubServer.report("json-in-form SnapshotIDs (a list)", "body: " + stub.listFormVerdict("/api/v1/admin/dispatcher/delete-snapshots", "SnapshotIDs"));

      try {
        admin.adminSetUserProfile(null, null, null, null, null, null, null);
        StubServer.report("required-parameters", "a call with every argument null was SENT, body '"
            + stub.last(SET_PROFILE).get("body") + "' (Username, AuthType, TargetUser, ProfileData are required)");
      } catch (Exception e) {
        StubServer.report("required-parameters", "a call with every argument null was refused: " + StubServer.rootCause(e));
      }

      StubServer.report("enum-known-values", "public static fields of JobStatus: " + staticFields(JobStatus.class)
          + "; it holds one of " + ((Map<?, ?>) JobStatus.class.getField("schemas").get(null)).keySet());
      BackupJobDetail job = admin.adminGetJobProperties("admin", "Password", "secret", null, null, "job-1");
      StubServer.report("enum-unknown-int-read", "Status 7777 read as " + describe(job.getStatus().getActualInstance())
          + "; written back by the model's JSON as " + (apiClient.getObjectMapper().writeValueAsString(job).contains("\"Status\":7777")
              ? "\"Status\":7777" : "something else"));
      try {
        BackupJobDetail crc = admin.adminGetJobProperties("admin", "Password", "secret", null, null, "job-crc");
        StubServer.report("uint32-above-2^31", "BillingCrc32 3735928559 read as " + crc.getBillingCrc32());
      } catch (Exception e) {
        StubServer.report("uint32-above-2^31", "FAILED, the whole response is lost: " + StubServer.rootCause(e));
      }
      EmailOptions options = meta.adminMetaEmailOptionsGet("admin", "Password", "secret", null, null);
      StubServer.report("enum-unknown-string-read", "Mode \"carrier-pigeon\" read as " + describe(options.getMode().getActualInstance()));
      meta.adminMetaEmailOptionsSet("admin", "Password", "secret", null, null, options);
      StubServer.report("enum-unknown-string-write-back", "EmailOptions form field: "
          + StubServer.jsonVerdict(stub.lastForm("/api/v1/admin/meta/email-options/set").get("EmailOptions"), "Mode"));

      List<String> authMethods = new ArrayList<>();
      for (Method method : ApiClient.class.getMethods()) {
        String name = method.getName().toLowerCase();
        if (name.contains("auth") || name.contains("apikey") || name.contains("credential")) {
          authMethods.add(method.getName());
        }
      }
      Path file = Files.createTempFile("probe", ".bin");
      try {
        Files.write(file, new byte[] {1, 2, 3});
        meta.adminMetaResourceNew(file.toFile());
      } finally {
        Files.delete(file);
      }
      Map<String, String> upload = stub.last("/api/v1/admin/meta/resource/new");
      StubServer.report("upload-credentials", "adminMetaResourceNew(File) takes no credential; ApiClient methods about"
          + " auth/api keys: " + authMethods + "; " + upload.get("content-type").replaceAll(";.*", "")
          + " arrived with X-Comet-Admin-* headers " + upload.get("comet-headers"));
    }
  }

  private static List<String> staticFields(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        names.add(field.getName());
      }
    }
    return names;
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }
}
