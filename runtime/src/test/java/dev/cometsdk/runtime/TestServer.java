package dev.cometsdk.runtime;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** An in-process HTTP server on 127.0.0.1 that records requests and answers as told. */
final class TestServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String method, String path, Headers headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        /** The form fields, decoded as a server would, in order; a name may repeat. */
        List<Map.Entry<String, String>> formFields() {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            String text = bodyText();
            if (text.isEmpty()) {
                return fields;
            }
            for (String pair : text.split("&", -1)) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                fields.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8)));
            }
            return fields;
        }

        /** The form fields by name; fails if a name repeats. */
        Map<String, String> form() {
            Map<String, String> map = new LinkedHashMap<>();
            for (Map.Entry<String, String> field : formFields()) {
                if (map.put(field.getKey(), field.getValue()) != null) {
                    throw new AssertionError("field sent twice: " + field.getKey());
                }
            }
            return map;
        }
    }

    /** Writes a body of a known or unknown (0 = chunked) length. */
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /** An answer. */
    record Reply(int status, String contentType, long length, BodyWriter writer) {
        static Reply of(int status, String contentType, String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new Reply(status, contentType, bytes.length == 0 ? -1 : bytes.length,
                    out -> out.write(bytes));
        }

        static Reply json(String body) {
            return of(200, "application/json", body);
        }

        static Reply bytes(byte[] body) {
            return new Reply(200, "application/octet-stream", body.length,
                    out -> out.write(body));
        }
    }

    static {
        // The JDK server otherwise waits for delayed ACKs between the head and the body of its
        // answers (about 40 ms each), which a real server does not do.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    private volatile Function<Request, Reply> handler = r -> Reply.json("{}");

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    TestServer answer(Function<Request, Reply> handler) {
        this.handler = handler;
        return this;
    }

    TestServer answer(Reply reply) {
        return answer(r -> reply);
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    Request last() {
        List<Request> all = requests();
        if (all.isEmpty()) {
            throw new AssertionError("no request reached the server");
        }
        return all.get(all.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Request request = new Request(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders(), body);
            requests.add(request);
            Reply reply = handler.apply(request);
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            }
            exchange.sendResponseHeaders(reply.status(), reply.length());
            if (reply.length() != -1) {
                try (OutputStream out = exchange.getResponseBody()) {
                    reply.writer().write(out);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
