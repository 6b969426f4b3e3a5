package dev.cometsdk.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One call of an API method, with its parameters, ready for {@link CometTransport}. Generated
 * code builds it: {@code MethodCall.form("AdminGetUserProfile", "/api/v1/admin/get-user-profile",
 * AuthRequirement.ADMIN).raw("TargetUser", user).build()}. Immutable once built.
 *
 * <p>{@link #toString()} names the parameters, never their values, which may be secrets (the
 * password of a new user, for instance).
 */
public final class MethodCall {

    /** How the call travels. */
    enum Kind { FORM, MULTIPART, GET }

    /** One form field; a null value stands for "the transport's server URL". */
    static final class Param {
        final String name;
        final String value;

        Param(String name, String value) {
            this.name = name;
            this.value = value;
        }
    }

    private final String methodName;
    private final String path;
    private final AuthRequirement auth;
    private final Kind kind;
    private final List<Param> params;
    private final String uploadName;
    private final UploadContent upload;

    private MethodCall(Builder b) {
        this.methodName = b.methodName;
        this.path = b.path;
        this.auth = b.auth;
        this.kind = b.kind;
        this.params = Collections.unmodifiableList(new ArrayList<>(b.params));
        this.uploadName = b.uploadName;
        this.upload = b.upload;
    }

    /**
     * Starts a call sent as a URL-encoded form (all methods but two).
     *
     * @param methodName the method name, e.g. {@code AdminListUsers}
     * @param path the method path, e.g. {@code /api/v1/admin/list-users}
     * @param auth the credentials the method needs
     * @return a builder
     */
    public static Builder form(String methodName, String path, AuthRequirement auth) {
        return new Builder(methodName, path, auth, Kind.FORM);
    }

    /**
     * Starts a call sent as {@code multipart/form-data}, with a file part set by
     * {@link Builder#upload(String, UploadContent)}; credentials travel in headers.
     *
     * @param methodName the method name
     * @param path the method path
     * @param auth the credentials the method needs
     * @return a builder
     */
    public static Builder multipart(String methodName, String path, AuthRequirement auth) {
        return new Builder(methodName, path, auth, Kind.MULTIPART);
    }

    /**
     * Starts a call sent as a plain GET without parameters ({@code /gen/branding.props}).
     *
     * @param methodName the method name
     * @param path the path
     * @param auth must be {@link AuthRequirement#NONE}: a GET carries no credentials
     * @return a builder
     */
    public static Builder get(String methodName, String path, AuthRequirement auth) {
        return new Builder(methodName, path, auth, Kind.GET);
    }

    /**
     * The API method.
     *
     * @return the method name
     */
    public String methodName() {
        return methodName;
    }

    /**
     * The method path, relative to the server URL.
     *
     * @return the path, starting with a slash
     */
    public String path() {
        return path;
    }

    /**
     * The credentials the method needs.
     *
     * @return the requirement
     */
    public AuthRequirement auth() {
        return auth;
    }

    Kind kind() {
        return kind;
    }

    List<Param> params() {
        return params;
    }

    String uploadName() {
        return uploadName;
    }

    UploadContent upload() {
        return upload;
    }

    boolean hasParam(String name) {
        for (Param p : params) {
            if (p.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Names the method and its parameters; the values are left out, as they may be secret. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (Param p : params) {
            names.add(p.name);
        }
        if (uploadName != null) {
            names.add(uploadName + " (file)");
        }
        return "MethodCall[" + methodName + " " + (kind == Kind.GET ? "GET " : "POST ") + path
                + ", params=" + names + "]";
    }

    /** Collects the parameters of one call. Not thread-safe. */
    public static final class Builder {
        private final String methodName;
        private final String path;
        private final AuthRequirement auth;
        private final Kind kind;
        private final List<Param> params = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private String uploadName;
        private UploadContent upload;

        private Builder(String methodName, String path, AuthRequirement auth, Kind kind) {
            this.methodName = requireText(methodName, "methodName");
            String p = requireText(path, "path");
            this.path = p.startsWith("/") ? p : "/" + p;
            this.auth = Objects.requireNonNull(auth, "auth");
            this.kind = kind;
        }

        /**
         * A required string parameter, sent as it is.
         *
         * @param wireName the form field name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the value is null
         */
        public Builder raw(String wireName, String value) {
            requireValue(wireName, value);
            return add(wireName, value);
        }

        /**
         * A required parameter sent as its JSON text: {@code 1700000000}, {@code true},
         * {@code ["/a","/b"]}, {@code {...}}.
         *
         * @param wireName the form field name
         * @param value the value, encoded with {@link CometJson#mapper()}
         * @return this builder
         * @throws IllegalArgumentException if the value is null or cannot be encoded
         */
        public Builder json(String wireName, Object value) {
            requireValue(wireName, value);
            return add(wireName, toJson(wireName, value));
        }

        /**
         * An optional string parameter: left out of the request when null.
         *
         * @param wireName the form field name
         * @param value the value, or null
         * @return this builder
         */
        public Builder rawIfPresent(String wireName, String value) {
            return value == null ? this : raw(wireName, value);
        }

        /**
         * An optional parameter sent as JSON text: left out of the request when null.
         *
         * @param wireName the form field name
         * @param value the value, or null
         * @return this builder
         */
        public Builder jsonIfPresent(String wireName, Object value) {
            return value == null ? this : json(wireName, value);
        }

        /**
         * A string parameter that defaults to the server URL (spec {@code defaultsToServerUrl}):
         * when null, the transport sends its own {@link CometTransport#serverUrl()}.
         *
         * @param wireName the form field name
         * @param value the value, or null for the server URL
         * @return this builder
         */
        public Builder serverUrlIfAbsent(String wireName, String value) {
            return add(wireName, value);
        }

        /**
         * The file part of a multipart call.
         *
         * @param wireName the part name ({@code upload} in the API)
         * @param content the content
         * @return this builder
         * @throws IllegalStateException if the call is not multipart
         */
        public Builder upload(String wireName, UploadContent content) {
            if (kind != Kind.MULTIPART) {
                throw new IllegalStateException(methodName + ": an upload needs a multipart call");
            }
            requireValue(wireName, content);
            claimName(wireName);
            this.uploadName = wireName;
            this.upload = content;
            return this;
        }

        /**
         * Finishes the call.
         *
         * @return the immutable call
         * @throws IllegalStateException if a GET call has parameters or needs credentials
         */
        public MethodCall build() {
            if (kind == Kind.GET && (!params.isEmpty() || auth != AuthRequirement.NONE)) {
                throw new IllegalStateException(methodName
                        + ": a GET call carries neither parameters nor credentials");
            }
            return new MethodCall(this);
        }

        private Builder add(String wireName, String value) {
            claimName(wireName);
            params.add(new Param(wireName, value));
            return this;
        }

        private void claimName(String wireName) {
            requireText(wireName, "wireName");
            if (!names.add(wireName)) {
                throw new IllegalArgumentException(
                        methodName + ": parameter " + wireName + " is given twice");
            }
        }

        private void requireValue(String wireName, Object value) {
            if (value == null) {
                throw new IllegalArgumentException(
                        methodName + ": parameter " + wireName + " is required but was null");
            }
        }

        private String toJson(String wireName, Object value) {
            try {
                return CometJson.mapper().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                // Jackson's message would quote the value, which may be a secret.
                throw new IllegalArgumentException(methodName + ": parameter " + wireName
                        + " cannot be written as JSON (" + value.getClass().getName() + ")", e);
            }
        }

        private static String requireText(String value, String what) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(what + " must not be null or empty");
            }
            return value;
        }
    }
}
