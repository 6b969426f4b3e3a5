package dev.cometsdk.client.e2e;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * A Comet Server stand-in on 127.0.0.1: it records every request and answers what the test tells
 * it to ({@link #respond}), by default {@code {"Status":200,"Message":"OK"}}.
 */
final class FakeCometServer implements AutoCloseable {
  static {
    // Without it the JDK server waits for delayed ACKs (~40 ms a response).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** The base path of the server URL, which every method path must be appended to. */
  static final String BASE_PATH = "/comet";

  /** What the server answers. */
  record Reply(int status, String contentType, byte[] body) {
    static Reply json(String json) {
      return new Reply(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Reply json(int status, String json) {
      return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(20);
  private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
  private volatile Function<Recorded, Reply> handler = request -> Reply.json("{\"Status\":200,\"Message\":\"OK\"}");
  private volatile boolean recording = true;

  FakeCometServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The server URL to give a client: with a base path and a trailing slash. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH + "/";
  }

  void respond(Function<Recorded, Reply> handler) {
    this.handler = handler;
  }

  void respond(Reply reply) {
    this.handler = request -> reply;
  }

  /** Whether requests are kept for {@link #take()} (off for load tests). */
  void recording(boolean on) {
    this.recording = on;
  }

  /** The next recorded request; fails if none comes within 5 seconds. */
  Recorded take() {
    try {
      Recorded request = requests.poll(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionFailedError("the server received no request");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionFailedError("interrupted");
    }
  }

  /** Fails if a request is still recorded and not taken. */
  void assertNoMoreRequests() {
    Recorded extra = requests.poll();
    if (extra != null) {
      throw new AssertionFailedError("unexpected request " + extra.method() + " " + extra.path());
    }
  }

  void clear() {
    requests.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), copy(exchange.getRequestHeaders()), body);
      if (recording) {
        requests.add(request);
      }
      Reply reply;
      try {
        reply = handler.apply(request);
      } catch (RuntimeException e) {
        reply = new Reply(599, "text/plain", ("test server handler failed: " + e).getBytes(StandardCharsets.UTF_8));
      }
      if (reply.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      }
      exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
  }

  private static Map<String, List<String>> copy(Headers headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    return copy;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** One request as the server saw it. */
  record Recorded(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

    /** The one value of a header (names are case-insensitive), or null. */
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      if (values == null) {
        return null;
      }
      if (values.size() != 1) {
        throw new AssertionFailedError("header " + name + " sent " + values.size() + " times");
      }
      return values.get(0);
    }

    String contentType() {
      return header("Content-Type");
    }

    /** The URL-encoded form, decoded as UTF-8; fails if a field comes twice. */
    Map<String, String> form() {
      Map<String, String> fields = new LinkedHashMap<>();
      String text = new String(body, StandardCharsets.US_ASCII);
      if (text.isEmpty()) {
        return fields;
      }
      for (String pair : text.split("&", -1)) {
        int equals = pair.indexOf('=');
        if (equals < 0) {
          throw new AssertionFailedError("form pair without '=': " + pair);
        }
        String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        if (fields.put(name, value) != null) {
          throw new AssertionFailedError("form field " + name + " sent twice");
        }
      }
      return fields;
    }

    /** The parts of a multipart/form-data body. */
    List<Part> multipart() {
      Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType());
      if (!contentType().startsWith("multipart/form-data") || !boundary.find()) {
        throw new AssertionFailedError("not multipart/form-data: " + contentType());
      }
      // ISO-8859-1 maps bytes to chars one to one, so part contents can be cut out exactly.
      String text = new String(body, StandardCharsets.ISO_8859_1);
      String delimiter = "--" + boundary.group(1);
      if (!text.startsWith(delimiter + "\r\n") || !text.endsWith("\r\n" + delimiter + "--\r\n")) {
        throw new AssertionFailedError("multipart body is not framed by its boundary");
      }
      String inner = text.substring(delimiter.length() + 2, text.length() - delimiter.length() - 6);
      List<Part> parts = new ArrayList<>();
      for (String chunk : inner.split(Pattern.quote("\r\n" + delimiter + "\r\n"), -1)) {
        int split = chunk.indexOf("\r\n\r\n");
        if (split < 0) {
          throw new AssertionFailedError("multipart part without a blank line");
        }
        Map<String, String> partHeaders = new LinkedHashMap<>();
        for (String line : chunk.substring(0, split).split("\r\n")) {
          int colon = line.indexOf(':');
          partHeaders.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        String disposition = partHeaders.getOrDefault("content-disposition", "");
        Matcher name = Pattern.compile("; name=\"([^\"]*)\"").matcher(disposition);
        Matcher fileName = Pattern.compile("; filename=\"([^\"]*)\"").matcher(disposition);
        if (!disposition.startsWith("form-data") || !name.find()) {
          throw new AssertionFailedError("bad Content-Disposition: " + disposition);
        }
        parts.add(new Part(name.group(1), fileName.find() ? fileName.group(1) : null,
            Collections.unmodifiableMap(partHeaders),
            chunk.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1)));
      }
      return parts;
    }
  }

  /** One part of a multipart body. */
  record Part(String name, String fileName, Map<String, String> headers, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }
}
