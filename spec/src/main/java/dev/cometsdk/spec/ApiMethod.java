package dev.cometsdk.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One method of the Comet Server API: an HTTP request to {@code path} with a form of
 * {@code params}, answered with a value of {@code returns}.
 *
 * @param requiresRole server roles that must be enabled, sorted ({@code auth}, {@code storage}, ...)
 * @param deprecatedSince the server version as the spec writes it ({@code 23.9.11}, {@code 24.6.x},
 *     {@code Unused}); empty when the method is not deprecated
 */
public record ApiMethod(
    String name,
    HttpMethod httpMethod,
    String path,
    ContentType contentType,
    AuthKind auth,
    boolean authOptionalIfServerAllowsUnauthenticatedDownloads,
    List<String> requiresRole,
    boolean topLevelAdminOnly,
    boolean mayBeRestrictedPerAdmin,
    List<Parameter> params,
    TypeRef returns,
    Optional<String> deprecatedSince,
    SpecLocation location) {

  public ApiMethod {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(httpMethod, "httpMethod");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(auth, "auth");
    requiresRole = List.copyOf(requiresRole);
    params = List.copyOf(params);
    Objects.requireNonNull(returns, "returns");
    Objects.requireNonNull(deprecatedSince, "deprecatedSince");
    Objects.requireNonNull(location, "location");
  }

  /** The parameter called {@code name}, if the method has one. */
  public Optional<Parameter> param(String name) {
    return params.stream().filter(param -> param.name().equals(name)).findFirst();
  }

  /** Whether the response body is the raw download rather than JSON. */
  public boolean returnsBytes() {
    return returns == PrimitiveType.BYTES;
  }

  public boolean isDeprecated() {
    return deprecatedSince.isPresent();
  }
}
