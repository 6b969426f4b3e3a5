package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.client.CometClient;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.AuthKind;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.ContentType;
import dev.cometsdk.spec.HttpMethod;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every method of the newest spec, called once through the generated client against a server that
 * checks what arrives (path, content type, every field, credentials) and answers with a synthetic
 * value of the method's return type, which the client must decode completely.
 */
class EveryMethodTest {
  private static final ApiSpec SPEC = BundledSpecs.catalog().loadNewest();
  private static final Set<String> CREDENTIAL_FIELDS = Set.of("Username", "AuthType", "Password", "TOTP",
      "SessionKey");

  private static FakeCometServer server;
  private static CometClient admin;
  private static CometClient user;

  @BeforeAll
  static void start() throws IOException {
    server = new FakeCometServer();
    admin = Clients.admin(server.url());
    user = Clients.user(server.url());
  }

  @AfterAll
  static void stop() {
    admin.close();
    user.close();
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyMethodSendsEveryParameterAndDecodesItsResponse() {
    SyntheticJson arguments = SyntheticJson.of(SPEC, 2);
    SyntheticJson responses = SyntheticJson.of(SPEC, 2);
    return SPEC.methods().stream().map(method -> DynamicTest.dynamicTest(method.name(), () -> {
      ApiCalls.Prepared call = ApiCalls.everyParameter(SPEC, method, arguments);
      assertEquals(method.params().size(), call.sent().size(), "every parameter is given");
      Object response = callAndCheck(call, responses);
      assertNotNull(response, method.name() + " returned null");
    }));
  }

  /** Parameters marked defaultsToServerUrl get the client's server URL when left out. */
  @TestFactory
  Stream<DynamicTest> serverUrlParametersDefaultToTheServerUrl() {
    List<ApiMethod> methods = SPEC.methods().stream()
        .filter(method -> method.params().stream().anyMatch(Parameter::defaultsToServerUrl))
        .collect(Collectors.toList());
    assertTrue(methods.size() >= 1, "the newest spec has SelfAddress parameters");
    SyntheticJson arguments = SyntheticJson.of(SPEC, 1);
    SyntheticJson responses = SyntheticJson.of(SPEC, 1);
    return methods.stream().map(method -> DynamicTest.dynamicTest(method.name(), () -> {
      // Required parameters only: the method form without the request object.
      ApiCalls.Prepared call = ApiCalls.prepare(SPEC, method, arguments, param -> false);
      Map<String, ApiCalls.Sent> expected = new LinkedHashMap<>(call.sent());
      for (Parameter param : method.params()) {
        if (param.defaultsToServerUrl()) {
          expected.put(param.wireName(), new ApiCalls.Raw(server.url()));
        }
      }
      callAndCheck(new ApiCalls.Prepared(method, call.javaMethod(), call.arguments(), expected), responses);
    }));
  }

  @Test
  void brandingPropsIsAPlainGetWithoutCredentials() {
    server.respond(FakeCometServer.Reply.json("{\"ProductName\":\"Backup\"}"));
    admin.brandingProps();
    FakeCometServer.Recorded request = server.take();
    assertEquals("GET", request.method());
    assertEquals("/comet/gen/branding.props", request.path());
    assertNull(request.query());
    assertEquals(0, request.body().length);
    assertNull(request.header("X-Comet-Admin-Username"));
    assertNull(request.header("X-Comet-Admin-Password"));
  }

  /** Calls, then checks the request the server saw and the value the client returned. */
  private static Object callAndCheck(ApiCalls.Prepared call, SyntheticJson responses) {
    ApiMethod method = call.method();
    JsonNode responseJson = null;
    byte[] responseBytes = null;
    if (method.returnsBytes()) {
      responseBytes = new byte[1000];
      for (int i = 0; i < responseBytes.length; i++) {
        responseBytes[i] = (byte) (i * 31 + 7);
      }
      server.respond(new FakeCometServer.Reply(200, "application/octet-stream", responseBytes));
    } else {
      responseJson = successful(method.returns(), responses.value(method.returns()));
      server.respond(FakeCometServer.Reply.json(JsonTrees.text(responseJson)));
    }
    server.clear();
    Object result = call.invoke(method.auth() == AuthKind.USER ? user : admin);
    FakeCometServer.Recorded request = server.take();
    checkRequest(call, request);
    server.assertNoMoreRequests();
    if (method.returnsBytes()) {
      assertArrayEquals(responseBytes, (byte[]) result, "the downloaded bytes");
    } else {
      JsonTrees.assertContains(responseJson, JsonTrees.normalize(
          dev.cometsdk.runtime.CometJson.mapper().valueToTree(result)), method.name() + " response, re-encoded");
    }
    return result;
  }

  /** A response that does not look like an error: a top-level Status field says 200. */
  private static JsonNode successful(TypeRef returns, JsonNode response) {
    TypeRef resolved = SPEC.resolveAliases(returns);
    if (resolved instanceof TypeRef.NamedType named && response instanceof ObjectNode object
        && SPEC.declarationOf(named) instanceof TypeDeclaration.Struct struct
        && struct.fieldByJsonName("Status").isPresent() && object.has("Status")) {
      object.put("Status", 200);
    }
    return response;
  }

  private static void checkRequest(ApiCalls.Prepared call, FakeCometServer.Recorded request) {
    ApiMethod method = call.method();
    String what = method.name() + ": ";
    assertEquals(FakeCometServer.BASE_PATH + method.path(), request.path(), what + "path");
    assertNull(request.query(), what + "query");
    String userAgent = request.header("User-Agent");
    assertTrue(userAgent != null && userAgent.startsWith("comet-java-sdk/"), what + "User-Agent " + userAgent);
    if (method.httpMethod() == HttpMethod.GET) {
      assertEquals("GET", request.method(), what + "HTTP method");
      assertEquals(0, request.body().length, what + "a GET has no body");
      assertTrue(call.sent().isEmpty());
      return;
    }
    assertEquals("POST", request.method(), what + "HTTP method");
    if (method.contentType() == ContentType.MULTIPART_FORM_DATA) {
      checkMultipart(call, request);
      return;
    }
    assertEquals("application/x-www-form-urlencoded; charset=UTF-8", request.contentType(), what + "content type");
    assertNull(request.header("X-Comet-Admin-Password"), what + "credentials travel in the form");
    Map<String, String> form = request.form();
    Map<String, String> credentials = new LinkedHashMap<>();
    if (method.auth() == AuthKind.USER) {
      credentials.put("Username", Clients.USER);
      credentials.put("AuthType", "Password");
      credentials.put("Password", Clients.USER_PASSWORD);
    } else if (method.auth() != AuthKind.NONE) {
      credentials.put("Username", Clients.ADMIN);
      credentials.put("AuthType", "Password");
      credentials.put("Password", Clients.ADMIN_PASSWORD);
    }
    for (String field : CREDENTIAL_FIELDS) {
      if (!call.sent().containsKey(field)) {
        assertEquals(credentials.get(field), form.get(field), what + "credential field " + field);
      }
    }
    Set<String> expectedFields = new TreeSet<>(credentials.keySet());
    expectedFields.addAll(call.sent().keySet());
    assertEquals(expectedFields, new TreeSet<>(form.keySet()), what + "the form fields");
    call.sent().forEach((name, sent) -> checkField(what + name, sent, form.get(name)));
  }

  private static void checkMultipart(ApiCalls.Prepared call, FakeCometServer.Recorded request) {
    String what = call.method().name() + ": ";
    assertTrue(request.contentType().startsWith("multipart/form-data; boundary="), what + request.contentType());
    assertEquals(Clients.ADMIN, request.header("X-Comet-Admin-Username"), what + "user header");
    assertEquals("Password", request.header("X-Comet-Admin-AuthType"), what + "auth type header");
    assertEquals(Clients.ADMIN_PASSWORD, request.header("X-Comet-Admin-Password"), what + "password header");
    List<FakeCometServer.Part> parts = request.multipart();
    Map<String, FakeCometServer.Part> byName = new LinkedHashMap<>();
    for (FakeCometServer.Part part : parts) {
      assertNull(byName.put(part.name(), part), what + "part " + part.name() + " sent twice");
    }
    assertEquals(call.sent().keySet(), byName.keySet(), what + "the parts (no credentials among them)");
    call.sent().forEach((name, sent) -> {
      FakeCometServer.Part part = byName.get(name);
      if (sent instanceof ApiCalls.Upload upload) {
        assertNotNull(part.fileName(), what + "the upload is a file part");
        assertArrayEquals(upload.content(), part.content(), what + "the uploaded bytes");
      } else {
        assertNull(part.fileName(), what + name + " is a plain field");
        checkField(what + name, sent, part.text());
      }
    });
  }

  private static void checkField(String what, ApiCalls.Sent sent, String actual) {
    assertNotNull(actual, what + " was not sent");
    if (sent instanceof ApiCalls.Raw raw) {
      assertEquals(raw.value(), actual, what);
    } else if (sent instanceof ApiCalls.Json json) {
      JsonTrees.assertContains(json.value(), JsonTrees.parse(actual), what);
    } else {
      assertFalse(true, what + ": an upload outside a multipart call");
    }
    assertEquals(actual, new String(actual.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }
}
