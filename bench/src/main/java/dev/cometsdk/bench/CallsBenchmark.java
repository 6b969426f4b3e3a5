package dev.cometsdk.bench;

import dev.cometsdk.client.model.UserProfileConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calls per second of the generated client against a loopback stub, with one thread and with 8
 * threads sharing one client, against the same loop written directly on
 * {@code java.net.http.HttpClient} (see {@link CallTarget}). {@link CallsPairBenchmark} runs the
 * two side by side for a ratio that other processes' load cannot skew.
 *
 * <p>{@code stubCeiling*} measure the stub itself, driven by a bare socket client replaying the
 * client's request bytes, to show that the stub is not what limits the others.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CallsBenchmark {

  @Benchmark
  @Threads(1)
  public UserProfileConfig client1Thread(CallTarget target) throws Exception {
    return target.client();
  }

  @Benchmark
  @Threads(8)
  public UserProfileConfig client8Threads(CallTarget target) throws Exception {
    return target.client();
  }

  @Benchmark
  @Threads(1)
  public UserProfileConfig httpClient1ThreadBaseline(CallTarget target) throws Exception {
    return target.httpClient(false);
  }

  @Benchmark
  @Threads(8)
  public UserProfileConfig httpClient8ThreadsBaseline(CallTarget target) throws Exception {
    return target.httpClient(false);
  }

  /**
   * Not a baseline: the baseline plus the one thing the client adds that is not on the wire, a
   * request timeout (the client's default is 60 s), to show what that costs by itself.
   */
  @Benchmark
  @Threads(1)
  public UserProfileConfig httpClient1ThreadWithTimeout(CallTarget target) throws Exception {
    return target.httpClient(true);
  }

  @Benchmark
  @Threads(1)
  public int stubCeiling1Thread(Connection connection) throws IOException {
    return connection.exchange();
  }

  @Benchmark
  @Threads(8)
  public int stubCeiling8Threads(Connection connection) throws IOException {
    return connection.exchange();
  }

  /** One keep-alive socket per benchmark thread, replaying the client's request. */
  @State(Scope.Thread)
  public static class Connection {
    private Socket socket;
    private OutputStream out;
    private StubServer.RequestReader reader;
    private byte[] request;

    @Setup
    public void open(CallTarget target) throws IOException {
      request = target.requestBytes;
      socket = new Socket("127.0.0.1", target.stub.port());
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      reader = new StubServer.RequestReader(socket.getInputStream());
    }

    @TearDown
    public void close() throws IOException {
      socket.close();
    }

    int exchange() throws IOException {
      out.write(request);
      out.flush();
      if (!reader.readRequest()) {
        throw new IOException("the stub closed the connection");
      }
      return reader.bodyLength();
    }
  }
}
