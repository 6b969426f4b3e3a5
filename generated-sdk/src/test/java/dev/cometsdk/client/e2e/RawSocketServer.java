package dev.cometsdk.client.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server that speaks just enough HTTP to misbehave: it reads each request and then does what the
 * {@link Behaviour} says, such as never answering or cutting the body short.
 */
final class RawSocketServer implements AutoCloseable {

  /** What to do with a request once it is read. */
  interface Behaviour {
    void answer(Socket socket, OutputStream out) throws IOException;
  }

  private final ServerSocket server;
  private final Thread acceptor;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  RawSocketServer(Behaviour behaviour) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          sockets.add(socket);
          Thread worker = new Thread(() -> serve(socket, behaviour), "raw-socket-server-worker");
          worker.setDaemon(true);
          worker.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "raw-socket-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + FakeCometServer.BASE_PATH + "/";
  }

  private static void serve(Socket socket, Behaviour behaviour) {
    try (socket) {
      readRequest(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      behaviour.answer(socket, out);
    } catch (IOException e) {
      // the client went away; nothing to do
    }
  }

  /** Reads the request head and a body of its Content-Length. */
  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      String text = head.toString(StandardCharsets.ISO_8859_1);
      if (text.endsWith("\r\n\r\n")) {
        long length = 0;
        for (String line : text.split("\r\n")) {
          if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
          }
        }
        in.readNBytes((int) length);
        return;
      }
    }
  }

  /** A response head, then part of the promised body, then the connection closes. */
  static Behaviour truncated(String partialBody, int promisedLength) {
    return (socket, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + promisedLength
          + "\r\n\r\n" + partialBody).getBytes(StandardCharsets.UTF_8));
      out.flush();
    };
  }

  /** Reads the request and never answers, until the test ends. */
  static Behaviour silent() {
    return (socket, out) -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  /** A port on which nothing listens (it was free a moment ago). */
  static int closedPort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }
}
