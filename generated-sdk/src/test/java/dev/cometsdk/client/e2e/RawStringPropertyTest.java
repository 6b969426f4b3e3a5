package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.client.requests.AdminAddUserRequest;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.runtime.Credentials;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.TypeRef;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Random strings as the password and as every raw string parameter (and the strings inside a user
 * profile) arrive at the server exactly as given. The seed is random unless the system property
 * {@code comet.seed} sets it, and every failure names it, so that a failure can be replayed:
 * {@code mvn -pl generated-sdk test -Dtest=RawStringPropertyTest -Dcomet.seed=...}.
 */
class RawStringPropertyTest {
  private static final int CASES = 250;
  private static final ApiSpec SPEC = BundledSpecs.catalog().loadNewest();

  private static FakeCometServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new FakeCometServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void randomStringsReachTheServerIntact() {
    long seed = Long.getLong("comet.seed", new SecureRandom().nextLong());
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String password = RandomStrings.next(random);
      try {
        oneCase(random, password);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionFailedError("seed " + seed + " (-Dcomet.seed=" + seed + "), case " + i + ": "
            + e.getMessage(), e);
      }
    }
  }

  private static void oneCase(Random random, String password) {
    try (CometClient client = CometClient.builder()
        .serverUrl(server.url())
        .credentials(Credentials.password(Clients.ADMIN, password))
        .requestTimeout(Duration.ofSeconds(10))
        .build()) {
      server.clear();

      String targetUser = RandomStrings.next(random);
      String targetPassword = RandomStrings.next(random);
      String organization = RandomStrings.next(random);
      client.adminAddUser(AdminAddUserRequest.builder(targetUser, targetPassword)
          .targetOrganization(organization).build());
      Map<String, String> form = checkedForm(password, "/api/v1/admin/add-user");
      assertEquals(targetUser, form.get("TargetUser"), "TargetUser");
      assertEquals(targetPassword, form.get("TargetPassword"), "TargetPassword");
      assertEquals(organization, form.get("TargetOrganization"), "TargetOrganization");
      assertEquals(6, form.size(), form.keySet().toString());

      String profileUser = RandomStrings.next(random);
      client.adminGetUserProfile(profileUser);
      form = checkedForm(password, "/api/v1/admin/get-user-profile");
      assertEquals(profileUser, form.get("TargetUser"), "TargetUser");
      assertEquals(4, form.size(), form.keySet().toString());

      JsonNode profileJson = SyntheticJson.of(SPEC, 1, label -> RandomStrings.next(random))
          .value(new TypeRef.NamedType("UserProfileConfig"));
      UserProfileConfig profile = CometJson.mapper().convertValue(profileJson, UserProfileConfig.class);
      String setUser = RandomStrings.next(random);
      client.adminSetUserProfile(setUser, profile);
      form = checkedForm(password, "/api/v1/admin/set-user-profile");
      assertEquals(setUser, form.get("TargetUser"), "TargetUser");
      // Empty strings in omitEmpty fields are left out on purpose; every other value must arrive.
      TypeRef profileType = new TypeRef.NamedType("UserProfileConfig");
      JsonTrees.assertContains(SyntheticJson.withoutOmittedEmpties(SPEC, profileType, profileJson),
          JsonTrees.parse(form.get("ProfileData")), "ProfileData");
      assertEquals(5, form.size(), form.keySet().toString());
      server.assertNoMoreRequests();
    }
  }

  private static Map<String, String> checkedForm(String password, String path) {
    FakeCometServer.Recorded request = server.take();
    assertEquals(FakeCometServer.BASE_PATH + path, request.path());
    Map<String, String> form = request.form();
    assertEquals(Clients.ADMIN, form.get("Username"), "Username");
    assertEquals("Password", form.get("AuthType"), "AuthType");
    assertEquals(password, form.get("Password"), "Password");
    return form;
  }
}
