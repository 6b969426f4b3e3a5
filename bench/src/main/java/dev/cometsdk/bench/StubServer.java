package dev.cometsdk.bench;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers every {@code POST} of a path
 * with a fixed, precomputed response. It exists so that the call benchmarks measure the client
 * and not the server: one blocking thread per connection, no header maps, no copies; a request
 * costs a scan for the end of its head, a look-up of its path and one write.
 *
 * <p>It understands only what {@code java.net.http.HttpClient} sends here: a request line, headers,
 * and a body of {@code Content-Length} bytes (no chunked bodies, no {@code Expect}). Unknown
 * paths get a 404.
 */
final class StubServer implements Closeable {
  private final ServerSocket server;
  private final Map<String, byte[]> responses = new HashMap<>();
  private final byte[] notFound;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicReference<byte[]> captured = new AtomicReference<>();
  private volatile boolean capture;
  private final Thread acceptor;

  /** Starts a server answering {@code path -> JSON body} with HTTP 200. */
  StubServer(Map<String, byte[]> jsonBodies) throws IOException {
    for (Map.Entry<String, byte[]> entry : jsonBodies.entrySet()) {
      responses.put(entry.getKey(), response("200 OK", "application/json; charset=utf-8", entry.getValue()));
    }
    notFound = response("404 Not Found", "text/plain", "not found".getBytes(StandardCharsets.US_ASCII));
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    acceptor = new Thread(this::acceptLoop, "stub-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The server URL, with a trailing slash. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  int port() {
    return server.getLocalPort();
  }

  /** Keeps the raw bytes (head and body) of the next request, for {@link #takeCaptured()}. */
  void captureNext() {
    captured.set(null);
    capture = true;
  }

  /** The request kept after {@link #captureNext()}, or null. */
  byte[] takeCaptured() {
    return captured.getAndSet(null);
  }

  /** How many connections clients have opened so far. */
  int connectionCount() {
    return connections.size();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : connections) {
      socket.close();
    }
  }

  private static byte[] response(String status, String contentType, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private void acceptLoop() {
    int count = 0;
    while (!server.isClosed()) {
      Socket socket;
      try {
        socket = server.accept();
        socket.setTcpNoDelay(true);
      } catch (IOException e) {
        return;
      }
      connections.add(socket);
      Thread worker = new Thread(() -> serve(socket), "stub-conn-" + ++count);
      worker.setDaemon(true);
      worker.start();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      RequestReader reader = new RequestReader(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (true) {
        if (!reader.readRequest()) {
          return;
        }
        if (capture) {
          capture = false;
          captured.set(reader.copyOfLast());
        }
        byte[] answer = responses.getOrDefault(reader.path(), notFound);
        out.write(answer);
        out.flush();
      }
    } catch (SocketException | EOFException e) {
      // the client went away
    } catch (IOException e) {
      System.err.println("stub: " + e);
    }
  }

  /**
   * Reads requests off one connection into a reusable buffer, without locks or per-byte calls.
   * Also used by the benchmark's raw-socket client to read responses (the framing is the same:
   * a head, then {@code Content-Length} bytes).
   */
  static final class RequestReader {
    private final InputStream in;
    private byte[] buf = new byte[16 * 1024];
    private int start;  // first byte of the current message
    private int limit;  // end of the data read so far
    private int headEnd;  // index just after the blank line of the current message
    private int end;  // end of the current message (head and body)

    RequestReader(InputStream in) {
      this.in = in;
    }

    /** Reads the next whole message; false at a clean end of the stream between messages. */
    boolean readRequest() throws IOException {
      // Drop the previous message.
      start = end;
      if (start == limit) {
        start = limit = end = 0;
      }
      int scanned = 0;  // bytes after start already searched (fill() may move start)
      while (true) {
        int found = indexOfBlankLine(start + scanned);
        if (found >= 0) {
          headEnd = found;
          break;
        }
        scanned = Math.max(0, limit - start - 3);
        if (!fill()) {
          if (limit == start) {
            return false;
          }
          throw new EOFException("connection closed inside a message head");
        }
      }
      long length = contentLength();
      end = headEnd + (int) length;
      while (limit < end) {
        if (!fill()) {
          throw new EOFException("connection closed inside a message body");
        }
      }
      return true;
    }

    /** The path of a request line such as {@code POST /api/v1/x HTTP/1.1}. */
    String path() {
      int first = indexOf((byte) ' ', start, headEnd);
      int second = indexOf((byte) ' ', first + 1, headEnd);
      return new String(buf, first + 1, second - first - 1, StandardCharsets.US_ASCII);
    }

    /** The body of the current message, as a fresh array. */
    byte[] body() {
      byte[] body = new byte[end - headEnd];
      System.arraycopy(buf, headEnd, body, 0, body.length);
      return body;
    }

    /** The body length of the current message. */
    int bodyLength() {
      return end - headEnd;
    }

    byte[] copyOfLast() {
      byte[] copy = new byte[end - start];
      System.arraycopy(buf, start, copy, 0, copy.length);
      return copy;
    }

    private boolean fill() throws IOException {
      if (limit == buf.length) {
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, limit - start);
          limit -= start;
          headEnd -= start;
          end -= start;
          start = 0;
        } else {
          byte[] bigger = new byte[buf.length * 2];
          System.arraycopy(buf, 0, bigger, 0, limit);
          buf = bigger;
        }
      }
      if (limit == buf.length) {
        return fill();
      }
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        return false;
      }
      limit += n;
      return true;
    }

    private int indexOfBlankLine(int from) {
      for (int i = from; i + 3 < limit; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
          return i + 4;
        }
      }
      return -1;
    }

    private int indexOf(byte b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (buf[i] == b) {
          return i;
        }
      }
      throw new IllegalStateException("malformed message head");
    }

    /** The Content-Length header's value, 0 when absent. */
    private long contentLength() throws IOException {
      int lineStart = indexOf((byte) '\n', start, headEnd) + 1;
      while (lineStart < headEnd - 2) {
        int lineEnd = indexOf((byte) '\n', lineStart, headEnd);
        if (startsWithIgnoreCase(lineStart, lineEnd, "content-length:")) {
          String value = new String(buf, lineStart + 15, lineEnd - 1 - (lineStart + 15), StandardCharsets.US_ASCII);
          return Long.parseLong(value.trim());
        }
        if (startsWithIgnoreCase(lineStart, lineEnd, "transfer-encoding:")) {
          throw new IOException("chunked messages are not supported by the stub");
        }
        lineStart = lineEnd + 1;
      }
      return 0;
    }

    private boolean startsWithIgnoreCase(int from, int to, String prefix) {
      if (to - from < prefix.length()) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        if (Character.toLowerCase((char) buf[from + i]) != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
