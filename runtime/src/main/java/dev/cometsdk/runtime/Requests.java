package dev.cometsdk.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a {@link MethodCall} and the credentials it travels with into an HTTP request. */
final class Requests {

    private Requests() {
    }

    /**
     * Refuses, before anything is sent, a call that this client cannot make: a method for the
     * other kind of account, or a multipart call whose credentials headers cannot carry.
     */
    static void check(MethodCall call, TransportOptions options, Credentials current) {
        if (call.auth() == AuthRequirement.NONE) {
            return;
        }
        AccountKind kind = options.accountKind();
        if (!call.auth().acceptsAccount(kind)) {
            String needed = call.auth() == AuthRequirement.ADMIN ? "administrator" : "end-user";
            throw new IllegalStateException(call.methodName() + " (" + call.path() + ") needs "
                    + needed + " credentials, but this client is set up with "
                    + kind.name().toLowerCase(Locale.ROOT)
                    + " credentials (TransportOptions.accountKind " + kind + ")");
        }
        if (call.kind() == MethodCall.Kind.MULTIPART) {
            HeaderSafety.check(call, current);
        }
    }

    /** Readies the upload of a multipart call; returns its length, or -1 if unknown or none. */
    static long claimUpload(MethodCall call) {
        if (call.kind() != MethodCall.Kind.MULTIPART) {
            return -1;
        }
        try {
            return call.upload().claim();
        } catch (IOException e) {
            throw new CometTransportException(call.methodName(), call.path(),
                    "cannot read the upload " + call.upload() + ": " + e, e);
        }
    }

    static HttpRequest build(MethodCall call, Credentials sent, long uploadLength,
                             TransportOptions options) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(options.serverUrl(), call))
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent());
        for (Map.Entry<String, String> header : options.headers().entrySet()) {
            request.header(header.getKey(), header.getValue());
        }
        List<Map.Entry<String, String>> params = WireFields.params(call, options.serverUrl());
        switch (call.kind()) {
            case GET:
                request.GET();
                break;
            case MULTIPART:
                MultipartBody multipart = new MultipartBody();
                for (Map.Entry<String, String> header : WireFields.credentialHeaders(sent)) {
                    request.header(header.getKey(), header.getValue());
                }
                request.header("Content-Type", multipart.contentType());
                request.POST(multipart.publisher(params, call.uploadName(), call.upload(),
                        uploadLength));
                break;
            default:
                List<Map.Entry<String, String>> fields = WireFields.credentialFields(sent, call);
                fields.addAll(params);
                request.header("Content-Type", FormBody.CONTENT_TYPE);
                request.POST(HttpRequest.BodyPublishers.ofByteArray(FormBody.encode(fields)));
                break;
        }
        return request.build();
    }

    /** Appends the method path to the server URL: a base path of the URL is kept. */
    private static URI uri(String serverUrl, MethodCall call) {
        String path = call.path();
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return URI.create(serverUrl + path.substring(start));
    }
}
