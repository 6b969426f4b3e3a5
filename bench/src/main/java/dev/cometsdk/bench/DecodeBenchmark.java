package dev.cometsdk.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.runtime.Credentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding an {@code AdminListUsersFull} response of 2,000 profiles (3 to 5 KiB each, about 8 MB;
 * see {@link UserListData}) into the SDK's {@code Map<String, UserProfileConfig>}, against plain
 * Jackson databind reading the same bytes into a {@code Map<String, Object>}. Run with
 * {@code -prof gc} for the allocation per decode ({@code gc.alloc.rate.norm}).
 *
 * <p>The end-to-end pair does the same through HTTP against the loopback {@link StubServer}: the
 * generated client's {@code adminListUsersFull()} against {@code java.net.http.HttpClient}
 * fetching the same bytes with the same request and reading them into a {@code Map}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DecodeBenchmark {
  private static final TypeReference<Map<String, Object>> UNTYPED = new TypeReference<>() { };
  private static final String PATH = "api/v1/admin/list-users-full";

  private final ObjectMapper plain = new ObjectMapper();
  private final LongAdder poolRaceRetries = new LongAdder();
  private byte[] body;
  private StubServer stub;
  private CometClient client;
  private HttpClient http;
  private URI uri;
  private byte[] form;

  @Setup
  public void setUp() throws IOException {
    body = UserListData.body();
    System.out.printf("%n[data] AdminListUsersFull body: %d profiles, %d bytes%n", UserListData.USERS, body.length);
    stub = new StubServer(Map.of("/" + PATH, body));
    client = CometClient.builder()
        .serverUrl(stub.url())
        .credentials(Credentials.password(CallTarget.USER, CallTarget.PASSWORD))
        .build();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    uri = URI.create(stub.url() + PATH);
    form = CallTarget.form("Username", CallTarget.USER, "AuthType", "Password", "Password", CallTarget.PASSWORD);
  }

  @TearDown
  public void tearDown() throws IOException {
    client.close();
    stub.close();
    if (poolRaceRetries.sum() > 0) {
      System.out.printf("%n[decode] calls retried after the JDK pool race: %d%n", poolRaceRetries.sum());
    }
  }

  /** The product: the bytes into the typed map, with the mapper and type the client uses. */
  @Benchmark
  public Map<String, UserProfileConfig> typed() throws IOException {
    return CometJson.mapper().readValue(body, UserListData.TYPED);
  }

  /** Baseline: a default ObjectMapper reading the same bytes into maps, lists and scalars. */
  @Benchmark
  public Map<String, Object> untypedMapBaseline() throws IOException {
    return plain.readValue(body, UNTYPED);
  }

  /** End to end: the generated client's call against the stub. */
  @Benchmark
  public Map<String, UserProfileConfig> clientEndToEnd() throws Exception {
    return PoolRace.retrying(poolRaceRetries, client::adminListUsersFull);
  }

  /** End-to-end baseline: the same request on the JDK client, read into a {@code Map}. */
  @Benchmark
  public Map<String, Object> httpClientToMapBaseline() throws Exception {
    return PoolRace.retrying(poolRaceRetries, this::fetchIntoMap);
  }

  private Map<String, Object> fetchIntoMap() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .header("User-Agent", CallTarget.USER_AGENT)
        .header("Content-Type", CallTarget.FORM_TYPE)
        .POST(HttpRequest.BodyPublishers.ofByteArray(form))
        .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode());
    }
    return plain.readValue(response.body(), UNTYPED);
  }
}
