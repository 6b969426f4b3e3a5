package dev.cometsdk.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Sends {@link MethodCall}s to a Comet Server and turns the answers into values or
 * {@link CometException}s, following the wire protocol (POST of a URL-encoded form, credentials
 * with every request, errors reported by status or by an error object under HTTP 200).
 *
 * <p>Thread-safe: one transport serves any number of threads, over one shared HTTP client. The
 * credentials may change as calls go: a one-time code is sent once, and a session key can take
 * over after a session-start method (see {@link #sessionStarted(String)}).
 */
public final class CometTransport implements AutoCloseable {

    private final TransportOptions options;
    private final HttpClient client;
    private final ExecutorService ownExecutor;
    private final AtomicReference<Credentials> credentials;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Makes a transport. Unless the options supply an HTTP client, it builds one (HTTP/1.1, the
     * connect timeout of the options, no redirects) that all its calls share.
     *
     * @param options the settings
     */
    public CometTransport(TransportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.credentials = new AtomicReference<>(options.credentials());
        if (options.httpClient() != null) {
            this.client = options.httpClient();
            this.ownExecutor = null;
        } else {
            // An executor of our own gives close() something to release on Java 11 to 20,
            // whose HttpClient cannot be closed.
            this.ownExecutor = Executors.newCachedThreadPool(daemonThreads());
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(options.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(ownExecutor)
                    .build();
        }
    }

    /**
     * Calls a method and decodes its JSON response.
     *
     * @param call the call
     * @param responseType the type of the method's {@code returns}
     * @param <T> that type
     * @return the decoded response
     * @throws CometException if the call failed, in any of the ways its subclasses describe
     * @throws IllegalStateException if the method needs another kind of account than this
     *     client's, before anything is sent
     */
    public <T> T call(MethodCall call, TypeReference<T> responseType) {
        Objects.requireNonNull(responseType, "responseType");
        Exchange exchange = prepare(call);
        return exchange.decode(send(exchange, HttpResponse.BodyHandlers.ofByteArray()),
                responseType);
    }

    /**
     * Calls a method without blocking. The future always completes: with the decoded response,
     * or exceptionally with the {@link CometException} itself (not wrapped), or with the
     * {@link IllegalStateException} of a call this client cannot make. Cancelling it aborts the
     * exchange.
     *
     * @param call the call
     * @param responseType the type of the method's {@code returns}
     * @param <T> that type
     * @return the future response
     */
    public <T> CompletableFuture<T> callAsync(MethodCall call, TypeReference<T> responseType) {
        Objects.requireNonNull(responseType, "responseType");
        Exchange exchange;
        try {
            exchange = prepare(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sendAsync(exchange, HttpResponse.BodyHandlers.ofByteArray(),
                response -> exchange.decode(response, responseType));
    }

    /**
     * Downloads a method's raw response (spec {@code returns: bytes}) into memory. For large
     * files prefer {@link #downloadTo(MethodCall, Path)} or {@link #downloadStream(MethodCall)}.
     *
     * @param call the call
     * @return the body
     * @throws CometException if the call failed
     */
    public byte[] download(MethodCall call) {
        Exchange exchange = prepare(call);
        try (InputStream in = openDownload(exchange)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw exchange.failure(e);
        }
    }

    /**
     * Starts a download and returns its body as a stream, once the status and the start of the
     * body show no error. The caller must close the stream; reading it may throw
     * {@link IOException} if the connection breaks.
     *
     * @param call the call
     * @return the body, streamed from the connection
     * @throws CometException if the call failed before the body
     */
    public InputStream downloadStream(MethodCall call) {
        return openDownload(prepare(call));
    }

    /**
     * Downloads a method's raw response into a file, streaming it: the size of the file does not
     * matter to the heap. The file appears only when complete (written beside it under a
     * temporary name, then moved); an existing file is replaced.
     *
     * @param call the call
     * @param target the file to write
     * @throws CometException if the call failed or the file could not be written
     */
    public void downloadTo(MethodCall call, Path target) {
        Objects.requireNonNull(target, "target");
        Exchange exchange = prepare(call);
        try (InputStream in = openDownload(exchange)) {
            DownloadFile.write(in, target);
        } catch (DownloadFile.WriteFailure e) {
            throw new CometTransportException(call.methodName(), call.path(),
                    "cannot write " + target + ": " + e.getCause(), e.getCause());
        } catch (IOException e) {
            throw exchange.failure(e);
        }
    }

    /**
     * Downloads a method's raw response into memory without blocking. The future always
     * completes, exceptionally with the {@link CometException} itself.
     *
     * @param call the call
     * @return the future body
     */
    public CompletableFuture<byte[]> downloadAsync(MethodCall call) {
        Exchange exchange;
        try {
            exchange = prepare(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sendAsync(exchange, HttpResponse.BodyHandlers.ofByteArray(), response -> {
            byte[] body = response.body();
            exchange.checkDownload(response.statusCode(), Exchange.contentType(response), body,
                    body.length, true);
            return body;
        });
    }

    /**
     * Tells the transport that a session-start method returned a session key. When the options
     * ask for it ({@link TransportOptions#switchToSessionKey()}), the calls after this one
     * authenticate with that key and the same user name; otherwise nothing changes.
     *
     * @param sessionKey the key the server returned
     * @throws IllegalArgumentException if switching is on and the key is null or empty
     * @throws IllegalStateException if switching is on and the client has no user name
     */
    public void sessionStarted(String sessionKey) {
        if (!options.switchToSessionKey()) {
            return;
        }
        if (sessionKey == null || sessionKey.isEmpty()) {
            throw new IllegalArgumentException("the session-start response has no session key");
        }
        credentials.updateAndGet(current -> {
            if (current.username() == null) {
                throw new IllegalStateException(
                        "cannot switch to a session key: the client has no user name");
            }
            return Credentials.sessionKey(current.username(), sessionKey);
        });
    }

    /**
     * The settings this transport was made with.
     *
     * @return the options
     */
    public TransportOptions options() {
        return options;
    }

    /**
     * The credentials the next call will use (they change after a one-time code was sent, or
     * after a switch to a session key).
     *
     * @return the current credentials
     */
    public Credentials currentCredentials() {
        return credentials.get();
    }

    /**
     * The server URL, normalised with one trailing slash; method paths are appended to it.
     *
     * @return for example {@code https://backup.example.com/comet/}
     */
    public String serverUrl() {
        return options.serverUrl();
    }

    /**
     * Releases the transport's own HTTP client threads; a client the caller supplied is left
     * alone. Calls started after this fail with {@link IllegalStateException}; let running calls
     * finish first.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownExecutor != null) {
            ownExecutor.shutdown();
        }
    }

    private Exchange prepare(MethodCall call) {
        Objects.requireNonNull(call, "call");
        if (closed.get()) {
            throw new IllegalStateException("the transport is closed");
        }
        Requests.check(call, options, credentials.get());
        long uploadLength = Requests.claimUpload(call);
        // Taken last, when nothing else can fail: a one-time code is spent by taking it.
        Credentials sent = call.auth() == AuthRequirement.NONE
                ? Credentials.none() : takeCredentials();
        return new Exchange(call, Requests.build(call, sent, uploadLength, options), sent,
                options);
    }

    /** The credentials for one request; a one-time code goes to exactly one request. */
    private Credentials takeCredentials() {
        while (true) {
            Credentials current = credentials.get();
            if (current.type() != Credentials.Type.PASSWORD_TOTP
                    || credentials.compareAndSet(current, current.withoutTotp())) {
                return current;
            }
        }
    }

    private <B> HttpResponse<B> send(Exchange exchange, HttpResponse.BodyHandler<B> handler) {
        try {
            return client.send(exchange.request, handler);
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw exchange.failure(e);
        }
    }

    private <B, T> CompletableFuture<T> sendAsync(Exchange exchange,
                                                  HttpResponse.BodyHandler<B> handler,
                                                  Function<HttpResponse<B>, T> then) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<HttpResponse<B>> sending;
        try {
            sending = client.sendAsync(exchange.request, handler);
        } catch (RuntimeException e) {
            result.completeExceptionally(exchange.failure(e));
            return result;
        }
        sending.whenComplete((response, error) -> {
            if (error != null) {
                result.completeExceptionally(exchange.failure(error));
                return;
            }
            try {
                result.complete(then.apply(response));
            } catch (RuntimeException e) {
                result.completeExceptionally(exchange.failure(e));
            }
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                sending.cancel(true);
            }
        });
        return result;
    }

    /** Sends a download request and checks its status and, for JSON, its start. */
    private InputStream openDownload(Exchange exchange) {
        HttpResponse<InputStream> response =
                send(exchange, HttpResponse.BodyHandlers.ofInputStream());
        InputStream body = response.body();
        try {
            int status = response.statusCode();
            String contentType = Exchange.contentType(response);
            boolean error = status < 200 || status >= 300;
            if (!error && !Exchange.isJson(contentType)) {
                return body;
            }
            byte[] prefix = body.readNBytes(Exchange.ERROR_PREFIX_BYTES);
            boolean complete = prefix.length < Exchange.ERROR_PREFIX_BYTES;
            exchange.checkDownload(status, contentType, prefix, prefix.length, complete);
            return new SequenceInputStream(new ByteArrayInputStream(prefix), body);
        } catch (IOException | RuntimeException e) {
            closeQuietly(body);
            throw exchange.failure(e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the exception being thrown already tells what went wrong
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "comet-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
