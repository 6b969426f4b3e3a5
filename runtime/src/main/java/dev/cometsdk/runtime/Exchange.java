package dev.cometsdk.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One prepared request and everything needed to judge its response: the exception messages
 * name its method and path and are cleaned of the credentials it carried.
 */
final class Exchange {

    /** How much of a body is read to recognise an error object (they are small). */
    static final int ERROR_PREFIX_BYTES = 64 * 1024;

    final MethodCall call;
    final HttpRequest request;
    private final Credentials credentials;
    private final TransportOptions options;

    Exchange(MethodCall call, HttpRequest request, Credentials credentials,
             TransportOptions options) {
        this.call = call;
        this.request = request;
        this.credentials = credentials;
        this.options = options;
    }

    /** Decodes a JSON response, or throws the exception that describes why it failed. */
    <T> T decode(HttpResponse<byte[]> response, TypeReference<T> type) {
        byte[] body = response.body();
        String contentType = contentType(response);
        checkStatus(response.statusCode(), contentType, body, body.length, true);
        T value;
        try {
            value = CometJson.mapper().readValue(body, type);
        } catch (IOException e) {
            ErrorShape error = ErrorShape.inBody(body, body.length);
            if (error != null) {
                throw apiError(error);
            }
            throw decodingError(e, body);
        }
        ErrorShape error = ErrorShape.inValue(value, body, body.length);
        if (error != null) {
            throw apiError(error);
        }
        return value;
    }

    /** Judges the start of a download: the status, and an error object under a JSON type. */
    void checkDownload(int status, String contentType, byte[] prefix, int length,
                       boolean complete) {
        checkStatus(status, contentType, prefix, length, complete);
        if (complete && isJson(contentType)) {
            ErrorShape error = ErrorShape.inBody(prefix, length);
            if (error != null) {
                throw apiError(error);
            }
        }
    }

    private void checkStatus(int status, String contentType, byte[] body, int length,
                             boolean complete) {
        if (status >= 200 && status < 300) {
            return;
        }
        ErrorShape error = complete && length > 0 ? ErrorShape.inBody(body, length) : null;
        throw new CometHttpException(call.methodName(), call.path(), status, contentType,
                BodyText.head(body, length, credentials::redact),
                error == null ? null : credentials.redact(error.message));
    }

    CometApiException apiError(ErrorShape error) {
        return new CometApiException(call.methodName(), call.path(), error.status,
                credentials.redact(error.message));
    }

    private CometDecodingException decodingError(IOException e, byte[] body) {
        String jsonPath = "$";
        String reason = e.getClass().getSimpleName();
        long offset = -1;
        if (e instanceof JsonProcessingException) {
            JsonProcessingException jpe = (JsonProcessingException) e;
            reason = firstLine(jpe.getOriginalMessage());
            if (jpe.getLocation() != null) {
                offset = jpe.getLocation().getByteOffset();
            }
        }
        if (e instanceof JsonMappingException) {
            jsonPath = JsonPaths.of(((JsonMappingException) e).getPath());
        }
        return new CometDecodingException(call.methodName(), call.path(), jsonPath,
                credentials.redact(reason), BodyText.around(body, offset, credentials::redact), e);
    }

    /** Turns whatever a send or a read threw into the SDK's exception for it. */
    CometException failure(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof CometException) {
            return (CometException) t;
        }
        String server = options.serverUrl();
        if (t instanceof HttpConnectTimeoutException) {
            return new CometTimeoutException(call.methodName(), call.path(),
                    "no connection to " + server + " within the connect timeout", t);
        }
        if (t instanceof HttpTimeoutException) {
            return new CometTimeoutException(call.methodName(), call.path(),
                    "no response from " + server + " within the request timeout of "
                            + options.requestTimeout().toMillis() + " ms", t);
        }
        if (t instanceof ConnectException) {
            return new CometTransportException(call.methodName(), call.path(),
                    "cannot connect to " + server + ": " + describe(t), t);
        }
        if (t instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new CometTransportException(call.methodName(), call.path(),
                    "interrupted while waiting for " + server, t);
        }
        if (t instanceof IOException) {
            return new CometTransportException(call.methodName(), call.path(),
                    "the exchange with " + server + " failed: " + describe(t), t);
        }
        return new CometTransportException(call.methodName(), call.path(),
                "unexpected failure: " + describe(t), t);
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse(null);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "malformed JSON";
        }
        // Jackson marks where it left out the source; that note only adds noise here.
        String line = text.split("\\R", 2)[0].replaceAll("\\[Source: [^;\\]]*; ", "[");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
