package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.requests.AdminAccountSessionStartRequest;
import dev.cometsdk.runtime.AccountKind;
import dev.cometsdk.runtime.Credentials;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials that change as calls go: the session key a session-start method returns replaces the
 * password for later calls when, and only when, the client is told to switch; a one-time code is
 * sent with the first call only.
 */
class SessionAndTotpTest {
  private static final String SESSION_KEY = "sk-0123456789abcdef&=+%";
  private static final String TOTP = "123456";

  private FakeCometServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeCometServer();
    server.respond(request -> request.path().contains("session-start") || request.path().endsWith("/session/start")
        ? FakeCometServer.Reply.json("{\"Status\":200,\"Message\":\"\",\"SessionKey\":" + JsonTrees.text(SESSION_KEY)
            + ",\"SessionType\":\"x\"}")
        : FakeCometServer.Reply.json("{\"Status\":200,\"Message\":\"OK\"}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CometClient client(Credentials credentials, AccountKind kind, boolean switchToSessionKey) {
    return CometClient.builder()
        .serverUrl(server.url())
        .credentials(credentials)
        .accountKind(kind)
        .switchToSessionKey(switchToSessionKey)
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  private CometClient admin(boolean switchToSessionKey) {
    return client(Credentials.password(Clients.ADMIN, Clients.ADMIN_PASSWORD), AccountKind.ADMIN, switchToSessionKey);
  }

  private static void assertPassword(Map<String, String> form, String username, String password) {
    assertEquals(username, form.get("Username"));
    assertEquals("Password", form.get("AuthType"));
    assertEquals(password, form.get("Password"));
    assertFalse(form.containsKey("SessionKey"), form.toString());
    assertFalse(form.containsKey("TOTP"), form.toString());
  }

  private static void assertSessionKey(Map<String, String> form, String username) {
    assertEquals(username, form.get("Username"));
    assertEquals("SessionKey", form.get("AuthType"));
    assertEquals(SESSION_KEY, form.get("SessionKey"));
    assertFalse(form.containsKey("Password"), "the password is no longer sent: " + form);
    assertFalse(form.containsKey("TOTP"), form.toString());
  }

  /** Each way to start a session: blocking, async, and with the request object. */
  private static List<Consumer<CometClient>> adminSessionStarts() {
    return List.of(
        CometClient::adminAccountSessionStart,
        client -> client.adminAccountSessionStartAsync().join(),
        client -> client.adminAccountSessionStart(
            AdminAccountSessionStartRequest.builder().selfAddress("https://self.example/").build()),
        client -> client.adminAccountSessionStartAsync(
            AdminAccountSessionStartRequest.builder().build()).join(),
        CometClient::hybridSessionStart);
  }

  @Test
  void withSwitchingTheCallsAfterASessionStartUseTheSessionKey() {
    for (Consumer<CometClient> start : adminSessionStarts()) {
      try (CometClient client = admin(true)) {
        server.clear();
        start.accept(client);
        assertPassword(server.take().form(), Clients.ADMIN, Clients.ADMIN_PASSWORD);
        client.adminAddUser("u", "p");
        assertSessionKey(server.take().form(), Clients.ADMIN);
        client.adminAddUserAsync("u", "p").join();
        assertSessionKey(server.take().form(), Clients.ADMIN);

        // The upload sends credentials in headers: the session key there too.
        client.adminMetaResourceNew(new byte[] {1, 2, 3});
        FakeCometServer.Recorded upload = server.take();
        assertEquals(Clients.ADMIN, upload.header("X-Comet-Admin-Username"));
        assertEquals("SessionKey", upload.header("X-Comet-Admin-AuthType"));
        assertEquals(SESSION_KEY, upload.header("X-Comet-Admin-SessionKey"));
        assertNull(upload.header("X-Comet-Admin-Password"));
        server.assertNoMoreRequests();
      }
    }
  }

  @Test
  void withoutSwitchingThePasswordStays() {
    for (Consumer<CometClient> start : adminSessionStarts()) {
      try (CometClient client = admin(false)) {
        server.clear();
        start.accept(client);
        assertPassword(server.take().form(), Clients.ADMIN, Clients.ADMIN_PASSWORD);
        client.adminAddUser("u", "p");
        assertPassword(server.take().form(), Clients.ADMIN, Clients.ADMIN_PASSWORD);
        server.assertNoMoreRequests();
      }
    }
  }

  @Test
  void endUserSessionStartSwitchesTheUserClient() {
    Credentials credentials = Credentials.password(Clients.USER, Clients.USER_PASSWORD);
    try (CometClient client = client(credentials, AccountKind.USER, true)) {
      client.userWebSessionStart();
      assertPassword(server.take().form(), Clients.USER, Clients.USER_PASSWORD);
      client.userWebJobCancel("job");
      assertSessionKey(server.take().form(), Clients.USER);
    }
    try (CometClient client = client(credentials, AccountKind.USER, false)) {
      server.clear();
      client.userWebSessionStart();
      server.take();
      client.userWebJobCancel("job");
      assertPassword(server.take().form(), Clients.USER, Clients.USER_PASSWORD);
    }
  }

  /** A session started for another user is that user's: the admin client must not take it over. */
  @Test
  void sessionStartAsAnotherUserDoesNotSwitch() {
    try (CometClient client = admin(true)) {
      client.adminAccountSessionStartAsUser("someone-else");
      assertEquals("someone-else", server.take().form().get("TargetUser"));
      client.adminAddUser("u", "p");
      assertPassword(server.take().form(), Clients.ADMIN, Clients.ADMIN_PASSWORD);
    }
  }

  @Test
  void oneTimeCodeGoesWithTheFirstCallOnly() {
    Credentials credentials = Credentials.passwordWithTotp(Clients.ADMIN, Clients.ADMIN_PASSWORD, TOTP);
    try (CometClient client = client(credentials, AccountKind.ADMIN, false)) {
      client.adminAddUser("u", "p");
      Map<String, String> first = server.take().form();
      assertEquals(Clients.ADMIN, first.get("Username"));
      assertEquals("PasswordTOTP", first.get("AuthType"));
      assertEquals(Clients.ADMIN_PASSWORD, first.get("Password"));
      assertEquals(TOTP, first.get("TOTP"));
      for (int i = 0; i < 3; i++) {
        client.adminAddUser("u", "p");
        assertPassword(server.take().form(), Clients.ADMIN, Clients.ADMIN_PASSWORD);
      }
    }
  }

  @Test
  void oneTimeCodeThenSessionKey() {
    Credentials credentials = Credentials.passwordWithTotp(Clients.ADMIN, Clients.ADMIN_PASSWORD, TOTP);
    try (CometClient client = client(credentials, AccountKind.ADMIN, true)) {
      client.adminAccountSessionStart();
      Map<String, String> first = server.take().form();
      assertEquals("PasswordTOTP", first.get("AuthType"));
      assertEquals(TOTP, first.get("TOTP"));
      client.adminAddUser("u", "p");
      assertSessionKey(server.take().form(), Clients.ADMIN);
    }
  }

  /** Concurrent first calls: exactly one of them carries the code. */
  @Test
  void oneTimeCodeIsSentOnceUnderConcurrentCalls() {
    Credentials credentials = Credentials.passwordWithTotp(Clients.ADMIN, Clients.ADMIN_PASSWORD, TOTP);
    try (CometClient client = client(credentials, AccountKind.ADMIN, false)) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(client.adminAddUserAsync("u" + i, "p"));
      }
      calls.forEach(CompletableFuture::join);
      int withCode = 0;
      for (int i = 0; i < 16; i++) {
        Map<String, String> form = server.take().form();
        if (form.containsKey("TOTP")) {
          withCode++;
          assertEquals("PasswordTOTP", form.get("AuthType"));
        } else {
          assertPassword(form, Clients.ADMIN, Clients.ADMIN_PASSWORD);
        }
      }
      assertEquals(1, withCode, "the one-time code is sent exactly once");
      server.assertNoMoreRequests();
    }
  }

  @Test
  void theSessionKeyComesFromTheResponse() {
    try (CometClient client = admin(true)) {
      assertEquals(SESSION_KEY, client.adminAccountSessionStart().getSessionKey());
      assertTrue(server.take().path().endsWith("/api/v1/admin/account/session-start"));
    }
  }
}
