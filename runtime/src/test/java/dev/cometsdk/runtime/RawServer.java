package dev.cometsdk.runtime;

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

/** A socket server that misbehaves on purpose: it answers with whatever bytes it is given. */
final class RawServer implements AutoCloseable {

    /** What to do with a connection once the request has been read. */
    interface Behaviour {
        void serve(Socket socket) throws IOException;
    }

    private final ServerSocket socket;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RawServer(Behaviour behaviour) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    open.add(client);
                    readRequest(client.getInputStream());
                    behaviour.serve(client);
                } catch (IOException e) {
                    // closed, or the client went away
                }
            }
        }, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Never answers: the connection stays open until the server closes. */
    static RawServer silent() throws IOException {
        return new RawServer(s -> { });
    }

    /** Sends a head announcing more body than it sends, then closes. */
    static RawServer truncating() throws IOException {
        return new RawServer(s -> {
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"Users\":[").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.close();
        });
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int length = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.US_ASCII).trim();
            line.reset();
            if (text.isEmpty()) {
                break;
            }
            if (text.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(text.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
