package dev.cometsdk.bench;

import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.runtime.Credentials;
import dev.cometsdk.runtime.TransportOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the call benchmarks call: a loopback {@link StubServer} answering
 * {@code AdminGetUserProfile} with a small fixed profile (about 1 KB), the generated client
 * pointed at it, and the same call written directly on {@code java.net.http.HttpClient} (the
 * baseline): the same request (method, path, form body, headers), read into the same class with
 * the same mapper. The setup fails unless both send identical requests.
 */
@State(Scope.Benchmark)
public class CallTarget {
  static final String USER = "admin";
  static final String PASSWORD = "correct horse battery staple";
  static final String TARGET = "jsmith-0042";
  static final String PATH = "api/v1/admin/get-user-profile";
  static final TransportOptions DEFAULTS = TransportOptions.builder().serverUrl("http://localhost/")
      .credentials(Credentials.password(USER, PASSWORD)).build();
  static final String USER_AGENT = DEFAULTS.userAgent();
  static final Duration REQUEST_TIMEOUT = DEFAULTS.requestTimeout();
  static final String FORM_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

  /** A small profile, as the server would answer for a fresh account. */
  static final String PROFILE = "{\"Username\":\"" + TARGET + "\",\"AccountName\":\"John Smith\","
      + "\"LocalTimezone\":\"Europe/Berlin\",\"LanguageCode\":\"en_US\",\"GroupID\":\"\","
      + "\"Emails\":[\"john.smith@acme-dental.com\"],\"OverrideEmailSettings\":{},\"SendEmailReports\":true,"
      + "\"Destinations\":{},\"SupportsDeviceAssociations\":true,\"Sources\":{},\"BackupRules\":{},"
      + "\"Devices\":{},\"IsSuspended\":false,\"AllProtectedItemsQuotaEnabled\":false,"
      + "\"AllProtectedItemsQuotaBytes\":0,\"MaximumDevices\":5,\"QuotaOffice365ProtectedAccounts\":0,"
      + "\"QuotaHyperVGuests\":0,\"QuotaVMwareGuests\":0,\"PolicyID\":\"\",\"Policy\":{\"PreventDeleteStorageVault\":true,"
      + "\"DefaultSources\":{},\"DefaultSourcesBackupRules\":{},\"DefaultSourcesWithOSRestriction\":{},"
      + "\"DefaultBackupRules\":{},\"RotateStorageVaultKeysHours\":0},\"PasswordFormat\":11,"
      + "\"PasswordHash\":\"$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy\","
      + "\"AllowPasswordLogin\":true,\"AllowPasswordAndTOTPLogin\":false,\"TOTPKeyEncryptionFormat\":0,"
      + "\"TOTPKey\":\"\",\"RequirePasswordChange\":false,\"CreateTime\":1717200000,"
      + "\"CreationGUID\":\"6f1c2a9e-3b7d-4c1e-9a0f-2d5e8b7c6a41\",\"AutoStorageTemplateGUID\":\"\"}";

  private final LongAdder poolRaceRetries = new LongAdder();
  StubServer stub;
  private CometClient client;
  private HttpClient http;
  private URI uri;
  /** The request the client sends, as bytes, for the stub ceiling. */
  byte[] requestBytes;

  @Setup
  public void setUp() throws Exception {
    stub = new StubServer(Map.of("/" + PATH, PROFILE.getBytes(StandardCharsets.UTF_8)));
    client = CometClient.builder()
        .serverUrl(stub.url())
        .credentials(Credentials.password(USER, PASSWORD))
        .build();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    uri = URI.create(stub.url() + PATH);
    checkSameRequests();
  }

  @TearDown
  public void tearDown() throws IOException {
    client.close();
    stub.close();
    System.out.printf("%n[calls] connections opened: %d; calls retried after the JDK pool race: %d%n",
        stub.connectionCount(), poolRaceRetries.sum());
  }

  /** The product: one call of the generated client. */
  UserProfileConfig client() throws Exception {
    return PoolRace.retrying(poolRaceRetries, () -> client.adminGetUserProfile(TARGET));
  }

  /** The baseline: the same call on the JDK client; with the client's request timeout if asked. */
  UserProfileConfig httpClient(boolean timeout) throws Exception {
    return PoolRace.retrying(poolRaceRetries, () -> rawCall(http, uri, timeout));
  }

  /** What a hand-written client does: encode the form, send, check the status, decode. */
  static UserProfileConfig rawCall(HttpClient http, URI uri, boolean timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    if (timeout) {
      builder.timeout(REQUEST_TIMEOUT);
    }
    HttpRequest request = builder
        .header("User-Agent", USER_AGENT)
        .header("Content-Type", FORM_TYPE)
        .POST(HttpRequest.BodyPublishers.ofByteArray(form(
            "Username", USER, "AuthType", "Password", "Password", PASSWORD, "TargetUser", TARGET)))
        .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode());
    }
    return CometJson.mapper().readValue(response.body(), UserProfileConfig.class);
  }

  static byte[] form(String... namesAndValues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        out.append('&');
      }
      out.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Fails unless the client and the baseline send the same path, headers and body. */
  private void checkSameRequests() throws Exception {
    stub.captureNext();
    UserProfileConfig fromClient = client.adminGetUserProfile(TARGET);
    byte[] sdkRequest = stub.takeCaptured();
    stub.captureNext();
    UserProfileConfig fromRaw = rawCall(http, uri, false);
    byte[] rawRequest = stub.takeCaptured();
    if (!fromClient.equals(fromRaw) || !TARGET.equals(fromClient.getUsername())) {
      throw new IllegalStateException("the client and the baseline decode different values");
    }
    String sdk = new String(sdkRequest, StandardCharsets.US_ASCII);
    String raw = new String(rawRequest, StandardCharsets.US_ASCII);
    if (!requestLine(sdk).equals(requestLine(raw)) || !headers(sdk).equals(headers(raw))
        || !body(sdk).equals(body(raw))) {
      throw new IllegalStateException("the client and the baseline send different requests:\n" + sdk + "\n---\n" + raw);
    }
    requestBytes = sdkRequest;
    System.out.printf("%n[calls] both send the same %d-byte request: %s %s%n", sdkRequest.length, requestLine(sdk),
        headers(sdk));
  }

  private static String requestLine(String request) {
    return request.substring(0, request.indexOf("\r\n"));
  }

  private static Map<String, String> headers(String request) {
    Map<String, String> headers = new TreeMap<>();
    String head = request.substring(request.indexOf("\r\n") + 2, request.indexOf("\r\n\r\n"));
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    return headers;
  }

  private static String body(String request) {
    return request.substring(request.indexOf("\r\n\r\n") + 4);
  }
}
