package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.client.CometClient;
import dev.cometsdk.client.model.UserProfileConfig;
import dev.cometsdk.runtime.CometApiException;
import dev.cometsdk.runtime.CometDecodingException;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.CometHttpException;
import dev.cometsdk.runtime.CometTimeoutException;
import dev.cometsdk.runtime.CometTransportException;
import dev.cometsdk.runtime.Credentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failures seen through the generated client, blocking and async, for methods returning an
 * object, a map and a list: each gives the documented exception promptly, names the method, and
 * never shows the password, even when the server echoes it back.
 */
class FaultTest {
  /** ASCII, with characters that URL encoding and JSON escaping (Go's included) change. */
  static final String PASSWORD = "Pw-Secret&<x>=+%#? \"q\\z";
  private static final Duration BOUND = Duration.ofSeconds(10);
  // Long enough for a loaded CI machine to answer the faults that do answer; short enough that
  // the silent server makes no test wait long.
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

  /** A method under test: how to call it blocking and async, and its spec name and path. */
  record Target(String name, String path, Function<CometClient, Object> blocking,
      Function<CometClient, CompletableFuture<?>> async) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Target> TARGETS = List.of(
      new Target("AdminAddUser", "/api/v1/admin/add-user", c -> c.adminAddUser("someone", "their-pw"),
          c -> c.adminAddUserAsync("someone", "their-pw")),
      new Target("AdminListUsersFull", "/api/v1/admin/list-users-full", CometClient::adminListUsersFull,
          CometClient::adminListUsersFullAsync),
      new Target("AdminListUsers", "/api/v1/admin/list-users", CometClient::adminListUsers,
          CometClient::adminListUsersAsync));

  /** A way for the server to fail, and what the exception must say. */
  record Fault(String name, Class<? extends CometException> type, Server server, Consumer<CometException> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Starts the misbehaving server; returns its URL and the means to stop it. */
  interface Server {
    Running start() throws Exception;
  }

  interface Running extends AutoCloseable {
    String url();

    @Override
    void close() throws java.io.IOException;
  }

  static Running http(FakeCometServer.Reply reply) throws Exception {
    return http(request -> reply);
  }

  static Running http(Function<FakeCometServer.Recorded, FakeCometServer.Reply> handler) throws Exception {
    FakeCometServer server = new FakeCometServer();
    server.respond(handler);
    server.recording(false);
    return new Running() {
      @Override
      public String url() {
        return server.url();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  static Running raw(RawSocketServer.Behaviour behaviour) throws Exception {
    RawSocketServer server = new RawSocketServer(behaviour);
    return new Running() {
      @Override
      public String url() {
        return server.url();
      }

      @Override
      public void close() throws java.io.IOException {
        server.close();
      }
    };
  }

  static List<Fault> faults() {
    return List.of(
        new Fault("connection refused", CometTransportException.class, () -> {
          String url = "http://127.0.0.1:" + RawSocketServer.closedPort() + "/comet/";
          return new Running() {
            @Override
            public String url() {
              return url;
            }

            @Override
            public void close() {}
          };
        }, e -> assertTrue(e.getMessage().contains("cannot connect"), e.getMessage())),
        new Fault("server never answers", CometTimeoutException.class, () -> raw(RawSocketServer.silent()),
            e -> assertTrue(e.getMessage().contains("request timeout"), e.getMessage())),
        new Fault("HTTP 500 with JSON echoing the password", CometHttpException.class,
            () -> http(new FakeCometServer.Reply(500, "application/json",
                ("{\"Status\":500,\"Message\":\"internal error for password " + goJson(PASSWORD) + "\"}")
                    .getBytes(StandardCharsets.UTF_8))),
            e -> {
              CometHttpException http = (CometHttpException) e;
              assertEquals(500, http.statusCode());
              assertTrue(http.apiMessage().orElseThrow().startsWith("internal error for password"),
                  http.apiMessage().toString());
            }),
        new Fault("HTTP 401 with a JSON body echoing the password", CometHttpException.class,
            () -> http(new FakeCometServer.Reply(401, "application/json",
                ("{\"error\":\"bad credentials\",\"password\":\"" + goJson(PASSWORD) + "\"}")
                    .getBytes(StandardCharsets.UTF_8))),
            e -> {
              CometHttpException http = (CometHttpException) e;
              assertEquals(401, http.statusCode());
              assertTrue(http.bodyExcerpt().contains("bad credentials"), http.bodyExcerpt());
              assertTrue(http.apiMessage().isEmpty());
            }),
        new Fault("HTTP 403 with HTML echoing the form", CometHttpException.class,
            () -> http(request -> new FakeCometServer.Reply(403, "text/html; charset=utf-8",
                ("<html><body><h1>Forbidden</h1><pre>" + new String(request.body(), StandardCharsets.UTF_8)
                    + "</pre></body></html>").getBytes(StandardCharsets.UTF_8))),
            e -> {
              CometHttpException http = (CometHttpException) e;
              assertEquals(403, http.statusCode());
              assertEquals("text/html; charset=utf-8", http.contentType().orElseThrow());
              assertTrue(http.bodyExcerpt().contains("<h1>Forbidden</h1>"), http.bodyExcerpt());
              assertTrue(http.apiMessage().isEmpty());
            }),
        new Fault("body cut short", CometTransportException.class,
            () -> raw(RawSocketServer.truncated("{\"Status\":200,\"Mess", 500)),
            e -> assertFalse(e instanceof CometTimeoutException, e.toString())),
        new Fault("malformed JSON", CometDecodingException.class,
            () -> http(FakeCometServer.Reply.json("{\"Status\":200,,\"Message\":\"" + PASSWORD + "\"}")),
            e -> assertTrue(e.getMessage().contains("cannot decode the response"), e.getMessage())),
        new Fault("error object under HTTP 200", CometApiException.class,
            () -> http(FakeCometServer.Reply.json("{\"Status\":403,\"Message\":\"denied\"}")),
            e -> {
              CometApiException api = (CometApiException) e;
              assertEquals(403, api.status());
              assertEquals("denied", api.apiMessage());
            }),
        new Fault("error object under HTTP 200 echoing the password", CometApiException.class,
            () -> http(FakeCometServer.Reply.json("{\"Status\":401,\"Message\":\"wrong password "
                + goJson(PASSWORD) + "\"}")),
            e -> assertEquals(401, ((CometApiException) e).status())));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Fault fault : faults()) {
      for (Target target : TARGETS) {
        cases.add(Arguments.of(fault, target, false));
        cases.add(Arguments.of(fault, target, true));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, {1}, async={2}")
  @MethodSource("cases")
  void failsPromptlyWithTheRightExceptionAndNoSecret(Fault fault, Target target, boolean async) {
    assertTimeoutPreemptively(BOUND, () -> {
      try (Running server = fault.server().start(); CometClient client = client(server.url())) {
        CometException e;
        if (async) {
          CompletableFuture<?> future = target.async().apply(client);
          ExecutionException wrapped = assertThrows(ExecutionException.class,
              () -> future.get(BOUND.toSeconds(), TimeUnit.SECONDS));
          e = assertInstanceOf(CometException.class, wrapped.getCause(), "the future fails with the exception itself");
        } else {
          e = assertThrows(CometException.class, () -> target.blocking().apply(client));
        }
        assertEquals(fault.type(), e.getClass(), () -> "wrong exception: " + e);
        assertEquals(target.name(), e.methodName());
        assertEquals(target.path(), e.path());
        assertTrue(e.getMessage().startsWith(target.name() + " (" + target.path() + "): "), e.getMessage());
        fault.check().accept(e);
        assertNoSecret(e);
      }
    });
  }

  /** The password appears nowhere: not as written, URL-encoded or JSON-escaped, in any message or cause. */
  static void assertNoSecret(Throwable thrown) {
    List<String> forms = List.of(PASSWORD, URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), goJson(PASSWORD),
        jsonMinimal(PASSWORD));
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      List<String> texts = new ArrayList<>(List.of(String.valueOf(t.getMessage()), t.toString()));
      if (t instanceof CometHttpException http) {
        texts.add(http.bodyExcerpt());
        http.apiMessage().ifPresent(texts::add);
      } else if (t instanceof CometApiException api) {
        texts.add(api.apiMessage());
      } else if (t instanceof CometDecodingException decoding) {
        texts.add(decoding.excerpt());
      }
      for (String text : texts) {
        for (String form : forms) {
          if (text != null && text.contains(form)) {
            throw new AssertionError("the password (as " + form + ") appears in " + t.getClass().getName() + ": "
                + text);
          }
        }
      }
    }
  }

  /** The text as Go's encoding/json writes it inside a string, as the Comet Server does. */
  static String goJson(String text) {
    return jsonMinimal(text).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  static String jsonMinimal(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static CometClient client(String url) {
    return CometClient.builder()
        .serverUrl(url)
        .credentials(Credentials.password(Clients.ADMIN, PASSWORD))
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(REQUEST_TIMEOUT)
        .build();
  }

  /**
   * A password with runs of blanks and line breaks, echoed raw in an HTML page: the message shows
   * the page on one line, and the password must be gone before blanks are merged, or it would show
   * in its merged form.
   */
  @Test
  void passwordWithLineBreaksEchoedInAPageIsRedactedBeforeTheExcerptIsMadeOneLine() {
    String password = "ws  Secret\n\tpw\r\n  end";
    assertTimeoutPreemptively(BOUND, () -> {
      try (Running server = http(new FakeCometServer.Reply(403, "text/html",
              ("<html>\n<p>Wrong password:\n" + password + "\n</p></html>").getBytes(StandardCharsets.UTF_8)));
          CometClient client = CometClient.builder().serverUrl(server.url())
              .credentials(Credentials.password(Clients.ADMIN, password)).build()) {
        CometHttpException e = assertThrows(CometHttpException.class, client::adminListUsers);
        assertTrue(e.getMessage().contains("Wrong password: ***"), e.getMessage());
        String merged = password.replaceAll("\\s+", " ");
        for (String text : List.of(e.getMessage(), e.bodyExcerpt())) {
          assertFalse(text.contains(password) || text.contains(merged), text);
        }
      }
    });
  }

  /** One client shared by 16 threads making 500 calls each: every call gets its own answer. */
  @Test
  void sixteenThreadsShareOneClient() throws Exception {
    try (FakeCometServer server = new FakeCometServer();
        CometClient client = CometClient.builder()
            .serverUrl(server.url())
            .credentials(Credentials.password(Clients.ADMIN, PASSWORD))
            .build()) {
      server.recording(false);
      server.respond(request -> FakeCometServer.Reply.json("{\"Username\":" + JsonTrees.text(
          request.form().get("TargetUser")) + ",\"Status\":200,\"Message\":\"OK\"}"));
      ExecutorService threads = Executors.newFixedThreadPool(16);
      AtomicInteger done = new AtomicInteger();
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          int thread = t;
          futures.add(threads.submit(() -> {
            for (int i = 0; i < 500; i++) {
              String user = "user-" + thread + "-" + i + " &=\u00e9";
              UserProfileConfig profile = i % 5 == 0
                  ? client.adminGetUserProfileAsync(user).get(BOUND.toSeconds(), TimeUnit.SECONDS)
                  : client.adminGetUserProfile(user);
              assertEquals(user, profile.getUsername(), "each call gets its own answer");
              done.incrementAndGet();
            }
            return null;
          }));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
          for (Future<?> future : futures) {
            future.get();
          }
        });
      } finally {
        threads.shutdownNow();
      }
      assertEquals(16 * 500, done.get());
    }
  }
}
