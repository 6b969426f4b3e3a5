package dev.cometsdk.bench;

import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.Credentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where a call's time goes, without the network: the generated client's
 * {@code adminGetUserProfile} and the baseline's hand-written call, both on a
 * {@link NoNetworkHttpClient} that answers at once. What remains is the client's own work per call
 * (the method call object, the request with its URI, form and headers, the decode and the
 * error-object check) against the baseline's (request, form, decode). Single-threaded and
 * CPU-bound, so it is far less exposed to other processes than the loopback benchmarks; the
 * difference is the client's overhead in microseconds, to set against the cost of a whole call.
 * The request timeout, which only costs inside the JDK client, is not part of it (see
 * {@code CallsBenchmark.httpClient1ThreadWithTimeout}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CallOverheadBenchmark {
  private CometClient client;
  private NoNetworkHttpClient http;
  private URI uri;

  @Setup
  public void setUp() {
    http = new NoNetworkHttpClient(CallTarget.PROFILE.getBytes(StandardCharsets.UTF_8));
    String server = "http://127.0.0.1:8060/";
    client = CometClient.builder()
        .serverUrl(server)
        .credentials(Credentials.password(CallTarget.USER, CallTarget.PASSWORD))
        .httpClient(http)
        .build();
    uri = URI.create(server + CallTarget.PATH);
  }

  @Benchmark
  public UserProfileConfig clientWithoutNetwork() {
    return client.adminGetUserProfile(CallTarget.TARGET);
  }

  @Benchmark
  public UserProfileConfig httpClientWithoutNetworkBaseline() throws Exception {
    return CallTarget.rawCall(http, uri, false);
  }
}
