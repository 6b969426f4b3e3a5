import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stub Comet Server for the probes: the JDK's HttpServer on 127.0.0.1 (an ephemeral port) that
 * keeps the last request per path and answers with canned JSON, some of it holding what a newer
 * server may send (unknown fields, unknown constant values) or what a valid server does send (a
 * uint32 above {@code Integer.MAX_VALUE}). Shared by {@code Probes} (OpenAPI Generator's client)
 * and {@code OurProbes} (ours), so that both meet the same answers.
 */
final class StubServer implements AutoCloseable {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, Map<String, String>> received = new TreeMap<>();

  private StubServer(HttpServer server) {
    this.server = server;
  }

  static StubServer start() throws IOException {
    StubServer stub = new StubServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
    stub.server.createContext("/", stub::handle);
    stub.server.start();
    return stub;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The last request to {@code path}: "content-type", "comet-headers" (X-Comet-Admin-*), "body". */
  synchronized Map<String, String> last(String path) {
    return received.getOrDefault(path, Map.of("content-type", "(no request)", "comet-headers", "{}", "body", ""));
  }

  /** The last form sent to {@code path}, decoded. */
  Map<String, String> lastForm(String path) {
    Map<String, String> form = new LinkedHashMap<>();
    String body = last(path).get("body");
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      form.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  /** The raw body sent to {@code path}, and whether its {@code field} is one JSON array. */
  String listFormVerdict(String path, String field) {
    String body = last(path).get("body").replaceAll("(Password|SessionKey)=[^&]*", "$1=(set)");
    long occurrences = java.util.Arrays.stream(body.split("&")).filter(pair -> pair.startsWith(field + "=")).count();
    String value = lastForm(path).get(field);
    return body + " -> " + (occurrences > 1 ? field + " repeated " + occurrences + " times, the server reads one JSON value: NOT JSON"
        : jsonVerdict(value, null));
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    Map<String, String> request = new LinkedHashMap<>();
    request.put("content-type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
    Map<String, String> cometHeaders = new TreeMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (name.toLowerCase().startsWith("x-comet-admin-")) {
        cometHeaders.put(name, name.toLowerCase().endsWith("password") ? "(set)" : String.join(",", values));
      }
    });
    request.put("comet-headers", cometHeaders.toString());
    request.put("body", new String(body, StandardCharsets.UTF_8));
    synchronized (this) {
      received.put(path, request);
    }
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

  // ---- what both probe programs print ----

  static void report(String name, String outcome) {
    System.out.println("PROBE " + name + ": " + outcome);
  }

  /** Whether a form field's text is JSON, and whether it kept {@code field}. */
  static String jsonVerdict(String text, String field) {
    if (text == null) {
      return "(absent)";
    }
    try {
      JsonNode parsed = PLAIN.readTree(text);
      return "valid JSON" + (field == null ? "" : "; " + field + " " + (parsed.has(field) ? "kept: " + parsed.get(field) : "LOST"));
    } catch (IOException e) {
      return "NOT JSON, the server cannot read it; it starts: "
          + text.substring(0, Math.min(60, text.length())).replace("\n", "\\n");
    }
  }

  static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = String.valueOf(cause.getMessage());
    int end = message.indexOf('\n');
    return cause.getClass().getSimpleName() + ": " + (end < 0 ? message : message.substring(0, end));
  }
}
