import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openapitools.client.ApiClient;
import org.openapitools.client.api.AdminApi;
import org.openapitools.client.model.BackupJobDetail;
import org.openapitools.client.model.EmailOptions;
import org.openapitools.client.model.JobStatus;
import org.openapitools.client.model.UserProfileConfig;

/**
 * Runs the client that OpenAPI Generator made from our OpenAPI document against a stub Comet
 * Server (the JDK's HttpServer on 127.0.0.1, an ephemeral port) that prints what arrives, and
 * prints one {@code PROBE} line per question the comparison asks. Nothing is assumed: every
 * outcome below is what the generated code did.
 *
 * <p>Compiled and run by {@code run.sh} against the generated sources and the class path of the
 * generated pom.
 */
public final class Probes {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  /** The last request per path: "content-type", "X-Comet-Admin-* headers", raw body. */
  private static final Map<String, Map<String, String>> RECEIVED = new TreeMap<>();

  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", Probes::handle);
    server.start();
    try {
      ApiClient apiClient = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
          "http://127.0.0.1:" + server.getAddress().getPort());
      AdminApi admin = new AdminApi(apiClient);
      probeUnknownFieldsAndJsonInForm(admin, apiClient.getObjectMapper());
      probeRequiredParameters(admin);
      probeOpenEnums(admin, apiClient.getObjectMapper());
      probeUploadCredentials(admin);
    } finally {
      server.stop(0);
    }
  }

  private static void probeUnknownFieldsAndJsonInForm(AdminApi admin, ObjectMapper mapper) throws Exception {
    UserProfileConfig profile;
    try {
      profile = admin.adminGetUserProfile("admin", "Password", "secret", null, null, "alice");
    } catch (Exception e) {
      report("unknown-fields-read", "FAILED: a response with unknown fields was rejected: " + e);
      return;
    }
    report("unknown-fields-read", "accepted; getAdditionalProperties() = " + profile.getAdditionalProperties());
    String rewritten = mapper.writeValueAsString(profile);
    report("unknown-fields-kept-in-model-json", rewritten.contains("FutureField") && rewritten.contains("FutureFlag")
        ? "yes: the model serialised by the client's ObjectMapper still has FutureField and FutureFlag"
        : "NO: the model's JSON lost them: " + rewritten);

    profile.setAccountName("Alice Example");
    admin.adminSetUserProfile("admin", "Password", "secret", null, null, "alice", profile);
    Map<String, String> request = RECEIVED.get("/api/v1/admin/set-user-profile");
    Map<String, String> form = decodeForm(request.get("body"));
    report("set-user-profile-content-type", request.get("content-type"));
    report("credentials-as-form-fields", "form field names sent: " + form.keySet()
        + "; Username=" + form.get("Username") + ", AuthType=" + form.get("AuthType")
        + ", Password " + (form.containsKey("Password") ? "present" : "absent"));
    String profileData = form.get("ProfileData");
    System.out.println("---- ProfileData as it arrived (first 400 characters) ----");
    System.out.println(profileData == null ? "(absent)" : profileData.substring(0, Math.min(400, profileData.length())));
    System.out.println("----");
    String verdict;
    try {
      JsonNode parsed = PLAIN.readTree(profileData);
      verdict = "valid JSON; AccountName=" + parsed.path("AccountName") + ", FutureField "
          + (parsed.has("FutureField") ? "kept" : "LOST");
    } catch (Exception e) {
      verdict = "NOT JSON (" + e.getClass().getSimpleName() + "): the server could not read it";
    }
    report("json-in-form-ProfileData", verdict);
  }

  private static void probeRequiredParameters(AdminApi admin) throws Exception {
    try {
      admin.adminSetUserProfile(null, null, null, null, null, null, null);
      Map<String, String> request = RECEIVED.get("/api/v1/admin/set-user-profile");
      report("required-parameters", "a call with every argument null was SENT, body '" + request.get("body")
          + "' (Username, AuthType, TargetUser and ProfileData are required in the document)");
    } catch (Exception e) {
      report("required-parameters", "a call with every argument null was refused: " + e);
    }
  }

  private static void probeOpenEnums(AdminApi admin, ObjectMapper mapper) throws Exception {
    report("enum-JobStatus-constants", "public static fields of JobStatus: " + staticFieldNames(JobStatus.class)
        + "; setActualInstance accepts " + acceptedTypes(JobStatus.class));
    try {
      BackupJobDetail job = admin.adminGetJobProperties("admin", "Password", "secret", null, null, "job-1");
      Object known = job.getClassification() == null ? null : job.getClassification().getActualInstance();
      Object unknown = job.getStatus() == null ? null : job.getStatus().getActualInstance();
      report("enum-unknown-int-read", "Status 7777 (unknown) read as " + describe(unknown)
          + "; Classification 4001 (known) read as " + describe(known));
      String back = mapper.writeValueAsString(job);
      report("enum-unknown-int-write", back.contains("\"Status\":7777") ? "written back as \"Status\":7777" : "written back as " + back);
    } catch (Exception e) {
      report("enum-unknown-int-read", "FAILED: " + e);
    }
    try {
      BackupJobDetail job = admin.adminGetJobProperties("admin", "Password", "secret", null, null, "job-crc");
      report("uint32-above-2^31", "BillingCrc32 3735928559 read as " + job.getBillingCrc32());
    } catch (Exception e) {
      report("uint32-above-2^31", "FAILED: BillingCrc32 3735928559 (a valid uint32) was rejected: "
          + rootCause(e));
    }
    try {
      EmailOptions options = admin.adminMetaEmailOptionsGet("admin", "Password", "secret", null, null);
      Object mode = options.getMode() == null ? null : options.getMode().getActualInstance();
      report("enum-unknown-string-read", "Mode \"carrier-pigeon\" (unknown) read as " + describe(mode));
      report("enum-unknown-string-write", mapper.writeValueAsString(options));
    } catch (Exception e) {
      report("enum-unknown-string-read", "FAILED: " + e);
    }
  }

  private static void probeUploadCredentials(AdminApi admin) throws Exception {
    List<String> signatures = new ArrayList<>();
    for (Method method : AdminApi.class.getMethods()) {
      if (method.getName().equals("adminMetaResourceNew")) {
        signatures.add(method.toGenericString().replaceAll("[a-z]+\\.[a-zA-Z.]+\\.", ""));
      }
    }
    report("upload-signatures", String.join(" | ", signatures));
    List<String> authMethods = new ArrayList<>();
    for (Method method : ApiClient.class.getMethods()) {
      String name = method.getName().toLowerCase();
      if (name.contains("auth") || name.contains("apikey") || name.contains("credential")) {
        authMethods.add(method.getName());
      }
    }
    report("apiclient-auth-methods", authMethods.isEmpty() ? "none (no setApiKey, no authentication at all)" : authMethods.toString());
    Path file = Files.createTempFile("probe", ".bin");
    Files.write(file, new byte[] {1, 2, 3});
    try {
      admin.adminMetaResourceNew(file.toFile());
      Map<String, String> request = RECEIVED.get("/api/v1/admin/meta/resource/new");
      report("upload-credentials", "content-type " + request.get("content-type").replaceAll(";.*", "")
          + "; X-Comet-Admin-* headers received: " + request.get("comet-headers"));
    } catch (Exception e) {
      report("upload-credentials", "FAILED: " + e);
    } finally {
      Files.delete(file);
    }
  }

  // ---- the stub server ----

  private static void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    Map<String, String> request = new LinkedHashMap<>();
    request.put("content-type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
    Map<String, String> cometHeaders = new TreeMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (name.toLowerCase().startsWith("x-comet-admin-")) {
        cometHeaders.put(name, String.join(",", values));
      }
    });
    request.put("comet-headers", cometHeaders.toString());
    request.put("body", new String(body, StandardCharsets.UTF_8));
    RECEIVED.put(path, request);
    System.out.println("STUB " + exchange.getRequestMethod() + " " + path + " (" + request.get("content-type")
        + ", " + body.length + " bytes)");
    String answer;
    switch (path) {
      case "/api/v1/admin/get-user-profile":
        answer = "{\"Username\":\"alice\",\"AccountName\":\"Alice\",\"FutureField\":{\"Nested\":[1,2]},\"FutureFlag\":true}";
        break;
      case "/api/v1/admin/get-job-properties":
        answer = request.get("body").contains("JobID=job-crc")
            // a valid uint32 above Integer.MAX_VALUE (half of all CRC-32 values are)
            ? "{\"GUID\":\"job-crc\",\"Status\":5000,\"BillingCrc32\":3735928559}"
            : "{\"GUID\":\"job-1\",\"Classification\":4001,\"Status\":7777,\"FutureJobField\":\"x\"}";
        break;
      case "/api/v1/admin/meta/email-options/get":
        answer = "{\"Mode\":\"carrier-pigeon\",\"FromEmail\":\"a@example.com\"}";
        break;
      case "/api/v1/admin/meta/resource/new":
        answer = "{\"Status\":200,\"Message\":\"OK\",\"ResourceHash\":\"abc\"}";
        break;
      default:
        answer = "{\"Status\":200,\"Message\":\"OK\"}";
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  // ---- helpers ----

  private static Map<String, String> decodeForm(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.put(name, value);
    }
    return form;
  }

  private static List<String> staticFieldNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        names.add(field.getName());
      }
    }
    return names;
  }

  private static String acceptedTypes(Class<?> type) throws Exception {
    Field schemas = type.getField("schemas");
    return String.valueOf(((Map<?, ?>) schemas.get(null)).keySet());
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = String.valueOf(cause.getMessage());
    int end = message.indexOf('\n');
    return cause.getClass().getSimpleName() + ": " + (end < 0 ? message : message.substring(0, end));
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }

  private static void report(String name, String outcome) {
    System.out.println("PROBE " + name + ": " + outcome);
  }
}
