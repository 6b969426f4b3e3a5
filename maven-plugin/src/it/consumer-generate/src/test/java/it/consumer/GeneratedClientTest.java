package it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.model.CometAPIResponseMessage;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.Credentials;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls a stub Comet Server through the client that comet:generate put into this build: the
 * generated code, the runtime and Jackson together, as a user's project would have them.
 */
class GeneratedClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the stub received. (The project is compiled for Java 11: no records.) */
  static final class Received {
    final String method;
    final String path;
    final String contentType;
    final Map<String, String> form;

    Received(String method, String path, String contentType, Map<String, String> form) {
      this.method = method;
      this.path = path;
      this.contentType = contentType;
      this.form = form;
    }
  }

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private CometClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/comet/api/v1/admin/", this::answer);
    server.start();
    client = CometClient.builder()
        .serverUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/comet/")
        .credentials(Credentials.password("admin", "s3cret"))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    received.add(new Received(exchange.getRequestMethod(), path,
        exchange.getRequestHeaders().getFirst("Content-Type"), decodeForm(body)));
    String response;
    switch (path) {
      case "/comet/api/v1/admin/list-users-full":
        response = "{\"alice\": " + profileJson("alice") + ", \"bob\": " + profileJson("bob") + "}";
        break;
      case "/comet/api/v1/admin/get-user-profile":
        response = profileJson("alice");
        break;
      case "/comet/api/v1/admin/set-user-profile":
        response = "{\"Status\": 200, \"Message\": \"OK\"}";
        break;
      default:
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
    }
    byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A profile as a newer server would send it: with a field this client does not know. */
  private static String profileJson(String user) {
    return "{\"Username\": \"" + user + "\", \"AccountName\": \"Account of " + user + "\","
        + " \"Emails\": [\"" + user + "@example.com\"], \"MaximumDevices\": 3,"
        + " \"FutureField\": {\"Nested\": [1, 2.50, \"x\"], \"Flag\": true}}";
  }

  private static Map<String, String> decodeForm(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  private void assertAdminForm(Received request, String path) {
    assertEquals("POST", request.method);
    assertEquals(path, request.path);
    assertTrue(request.contentType.startsWith("application/x-www-form-urlencoded"), request.contentType);
    assertEquals("admin", request.form.get("Username"));
    assertEquals("Password", request.form.get("AuthType"));
    assertEquals("s3cret", request.form.get("Password"));
  }

  @Test
  void listsUsers() {
    Map<String, UserProfileConfig> users = client.adminListUsersFull();

    assertEquals(List.of("alice", "bob"), List.copyOf(users.keySet()));
    assertEquals("Account of bob", users.get("bob").getAccountName());
    assertEquals(List.of("bob@example.com"), users.get("bob").getEmails());
    assertEquals(1, received.size());
    assertAdminForm(received.get(0), "/comet/api/v1/admin/list-users-full");
    assertEquals(3, received.get(0).form.size(), "only the credentials: " + received.get(0).form);
  }

  @Test
  void readModifyWriteKeepsUnknownFields() throws IOException {
    UserProfileConfig profile = client.adminGetUserProfile("alice");
    profile.setAccountName("Alice Smith");
    CometAPIResponseMessage result = client.adminSetUserProfile("alice", profile);

    assertEquals(200, result.getStatus());
    assertEquals(2, received.size());
    assertAdminForm(received.get(0), "/comet/api/v1/admin/get-user-profile");
    assertEquals("alice", received.get(0).form.get("TargetUser"));

    Received set = received.get(1);
    assertAdminForm(set, "/comet/api/v1/admin/set-user-profile");
    assertEquals("alice", set.form.get("TargetUser"));
    JsonNode sent = JSON.readTree(set.form.get("ProfileData"));
    assertEquals("Alice Smith", sent.get("AccountName").asText());
    assertEquals("alice", sent.get("Username").asText());
    assertEquals(3, sent.get("MaximumDevices").asLong());
    // The field this client does not know goes back as the server sent it, number text included.
    assertTrue(set.form.get("ProfileData").contains("\"FutureField\":{\"Nested\":[1,2.50,\"x\"],\"Flag\":true}"),
        set.form.get("ProfileData"));
  }
}
