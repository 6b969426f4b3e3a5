package dev.cometsdk.runtime;

import static dev.cometsdk.runtime.Transports.PASSWORD;
import static dev.cometsdk.runtime.Transports.SESSION_KEY;
import static dev.cometsdk.runtime.Transports.TOTP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a call can fail, each synchronously and asynchronously and with each kind of
 * credentials: the right exception, promptly, naming the method, and without a secret.
 */
class FaultTest {

    private static final TypeReference<TestTypes.Users> USERS = new TypeReference<>() { };
    private static final String PREFIX = "AdminListUsers (/api/v1/admin/list-users): ";

    /** A fault: how to make the server, and what the failure must look like. */
    record Fault(String name, Class<? extends CometException> type,
                 Consumer<CometException> check) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Target extends AutoCloseable {
        String url();

        @Override
        void close() throws IOException;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        List<Credentials> credentials = List.of(Credentials.password("admin", PASSWORD),
                Credentials.passwordWithTotp("admin", PASSWORD, TOTP),
                Credentials.sessionKey("admin", SESSION_KEY));
        for (Fault fault : faults()) {
            for (boolean async : new boolean[] {false, true}) {
                for (Credentials c : credentials) {
                    cases.add(Arguments.of(fault, async ? "async" : "sync", c));
                }
            }
        }
        return cases.stream();
    }

    static List<Fault> faults() {
        return List.of(
                new Fault("connection refused", CometTransportException.class, e -> {
                    assertFalse(e instanceof CometTimeoutException);
                    assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
                }),
                new Fault("no answer", CometTimeoutException.class,
                    e -> assertTrue(e.getMessage().contains("500 ms"), e.getMessage())),
                new Fault("HTTP 500 with JSON", CometHttpException.class, e -> {
                    CometHttpException h = (CometHttpException) e;
                    assertEquals(500, h.statusCode());
                    assertEquals(Optional.of("boom"), h.apiMessage());
                    assertEquals(PREFIX + "HTTP 500 Internal Server Error (application/json): boom",
                            e.getMessage());
                }),
                new Fault("HTTP 403 with HTML", CometHttpException.class, e -> {
                    CometHttpException h = (CometHttpException) e;
                    assertEquals(403, h.statusCode());
                    assertEquals(Optional.empty(), h.apiMessage());
                    assertEquals(Optional.of("text/html"), h.contentType());
                    assertEquals(PREFIX + "HTTP 403 Forbidden (text/html): <html> <body>No"
                            + " entry</body> </html>", e.getMessage());
                }),
                new Fault("HTTP 502 with a huge page", CometHttpException.class, e -> {
                    CometHttpException h = (CometHttpException) e;
                    assertTrue(h.bodyExcerpt().length() <= 1024 + 3, h.bodyExcerpt());
                    assertTrue(h.bodyExcerpt().endsWith("..."));
                }),
                new Fault("HTTP 500 echoing the request", CometHttpException.class,
                    e -> assertTrue(e.getMessage().contains("***"), e.getMessage())),
                new Fault("truncated body", CometTransportException.class,
                    e -> assertFalse(e instanceof CometTimeoutException)),
                new Fault("malformed JSON", CometDecodingException.class, e -> {
                    assertTrue(e.getMessage().startsWith(PREFIX + "cannot decode the response"),
                            e.getMessage());
                    assertEquals("$.Users[0].Emails[1]", ((CometDecodingException) e).jsonPath());
                }),
                new Fault("error object under HTTP 200", CometApiException.class, e -> {
                    CometApiException a = (CometApiException) e;
                    assertEquals(403, a.status());
                    assertEquals("denied", a.apiMessage());
                    assertEquals(PREFIX + "Comet API error 403: denied", e.getMessage());
                }));
    }

    private static Target start(Fault fault) throws IOException {
        switch (fault.name()) {
            case "connection refused": {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                String url = "http://127.0.0.1:" + s.getLocalPort() + "/";
                s.close();
                return target(url, () -> { });
            }
            case "no answer":
                return raw(RawServer.silent());
            case "truncated body":
                return raw(RawServer.truncating());
            default:
                TestServer server = new TestServer().answer(reply(fault.name()));
                return target(server.url(), server::close);
        }
    }

    private static TestServer.Reply reply(String name) {
        switch (name) {
            case "HTTP 500 with JSON":
                return TestServer.Reply.of(500, "application/json",
                        "{\"Status\":500,\"Message\":\"boom\"}");
            case "HTTP 403 with HTML":
                return TestServer.Reply.of(403, "text/html",
                        "<html>\n  <body>No entry</body>\n</html>\n");
            case "HTTP 502 with a huge page":
                return TestServer.Reply.of(502, "text/html", "<p>ü</p>".repeat(5000));
            case "malformed JSON":
                return TestServer.Reply.json("{\"Users\":[{\"Emails\":[\"a\"}]}");
            case "error object under HTTP 200":
                return TestServer.Reply.json("{\"Status\":403,\"Message\":\"denied\"}");
            default:
                throw new IllegalArgumentException(name);
        }
    }

    private static Target raw(RawServer server) {
        return target(server.url(), server::close);
    }

    interface Closer {
        void close() throws IOException;
    }

    private static Target target(String url, Closer closer) {
        return new Target() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void close() throws IOException {
                closer.close();
            }
        };
    }

    @ParameterizedTest(name = "{0} ({1}, {2})")
    @MethodSource("cases")
    void failsPromptlyWithTheRightExceptionAndNoSecret(Fault fault, String mode,
                                                       Credentials credentials) throws Exception {
        try (Target target = fault.name().equals("HTTP 500 echoing the request")
                ? echoing() : start(fault)) {
            CometTransport transport = new CometTransport(Transports.faultOptions(target.url())
                    .credentials(credentials).build());
            MethodCall call = Transports.adminCall().raw("TargetUser", "bob").build();
            CometException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                if (mode.equals("sync")) {
                    return assertThrows(CometException.class, () -> transport.call(call, USERS));
                }
                CompletableFuture<TestTypes.Users> future = transport.callAsync(call, USERS);
                Throwable thrown = future.handle((value, error) -> error).get();
                assertNotNull(thrown, "the future completed normally");
                return assertInstanceOf(CometException.class, thrown, "not unwrapped");
            });
            assertInstanceOf(fault.type(), e);
            assertEquals("AdminListUsers", e.methodName());
            assertEquals("/api/v1/admin/list-users", e.path());
            assertTrue(e.getMessage().startsWith(PREFIX), e.getMessage());
            fault.check().accept(e);
            assertNoSecret(e);
        }
    }

    /** The server echoes the request body, as some error pages do. */
    private static Target echoing() throws IOException {
        TestServer server = new TestServer().answer(r -> TestServer.Reply.of(500, "text/plain",
                "bad request: " + r.bodyText() + " / " + String.join(",", r.form().values())));
        return target(server.url(), server::close);
    }

    static void assertNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (String text : List.of(String.valueOf(t.getMessage()), t.toString())) {
                for (String secret : List.of(PASSWORD, TOTP, SESSION_KEY, "S3cr3t")) {
                    assertFalse(text.contains(secret), "secret in: " + text);
                }
            }
        }
    }
}
