import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.model.BackupJobDetail;
import dev.cometsdk.client.model.EmailOptions;
import dev.cometsdk.client.model.JobStatus;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.Credentials;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

/** The questions {@code Probes} asks OpenAPI Generator's client, asked of ours, against the same stub. */
public final class OurProbes {
  private static final String SET_PROFILE = "/api/v1/admin/set-user-profile";

  public static void main(String[] args) throws Exception {
    try (StubServer stub = StubServer.start();
        CometClient client = CometClient.builder().serverUrl(stub.baseUrl())
            .credentials(Credentials.password("admin", "secret")).build()) {
      UserProfileConfig profile = client.adminGetUserProfile("alice");
      StubServer.report("unknown-fields-read", "accepted; kept in getAdditionalProperties() = " + profile.getAdditionalProperties());
      StubServer.report("unknown-fields-in-model-json", "the client writes models itself: see json-in-form below");

      profile.setAccountName("Alice Example");
      client.adminSetUserProfile("alice", profile);
      Map<String, String> form = stub.lastForm(SET_PROFILE);
      StubServer.report("credentials-as-form-fields", "form fields sent: " + form.keySet() + "; Username=" + form.get("Username")
          + ", AuthType=" + form.get("AuthType") + " (from the client's Credentials)");
      StubServer.report("json-in-form ProfileData", StubServer.jsonVerdict(form.get("ProfileData"), "FutureField"));

      client.adminDispatcherDeleteSnapshots("device-1", "dest-1", List.of("snap-a", "snap-b"));
      StubServer.report("json-in-form SnapshotIDs (a list)", "body: " + stub.listFormVerdict("/api/v1/admin/dispatcher/delete-snapshots", "SnapshotIDs"));

      try {
        client.adminSetUserProfile(null, null);
        StubServer.report("required-parameters", "a call with null arguments was SENT, body '" + stub.last(SET_PROFILE).get("body") + "'");
      } catch (Exception e) {
        StubServer.report("required-parameters", "a call with null arguments was refused before sending: " + StubServer.rootCause(e));
      }

      int constants = 0;
      for (Field field : JobStatus.class.getFields()) {
        constants += Modifier.isStatic(field.getModifiers()) ? 1 : 0;
      }
      StubServer.report("enum-known-values", constants + " constants in JobStatus, e.g. JOB_STATUS_FAILED_ABANDONED = "
          + JobStatus.JOB_STATUS_FAILED_ABANDONED);
      BackupJobDetail job = client.adminGetJobProperties("job-1");
      StubServer.report("enum-unknown-int-read", "Status 7777 read as " + job.getStatus());
      try {
        BackupJobDetail crc = client.adminGetJobProperties("job-crc");
        StubServer.report("uint32-above-2^31", "BillingCrc32 3735928559 read as " + crc.getBillingCrc32());
      } catch (Exception e) {
        StubServer.report("uint32-above-2^31", "FAILED, the whole response is lost: " + StubServer.rootCause(e));
      }
      EmailOptions options = client.adminMetaEmailOptionsGet();
      StubServer.report("enum-unknown-string-read", "Mode \"carrier-pigeon\" read as " + options.getMode());
      client.adminMetaEmailOptionsSet(options);
      StubServer.report("enum-unknown-string-write-back", "EmailOptions form field: "
          + StubServer.jsonVerdict(stub.lastForm("/api/v1/admin/meta/email-options/set").get("EmailOptions"), "Mode"));

      client.adminMetaResourceNew(new byte[] {1, 2, 3});
      Map<String, String> upload = stub.last("/api/v1/admin/meta/resource/new");
      StubServer.report("upload-credentials", upload.get("content-type").replaceAll(";.*", "")
          + " arrived with X-Comet-Admin-* headers " + upload.get("comet-headers"));
    }
  }
}
