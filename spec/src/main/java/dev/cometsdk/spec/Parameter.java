package dev.cometsdk.spec;

import java.util.Objects;

/**
 * One form field of a method's request.
 *
 * @param wireName the form field name sent ({@code upload} is the file part of a multipart request)
 * @param optional whether the field is left out when the caller gives no value
 * @param defaultsToServerUrl whether a missing value is replaced by the client's own server URL
 */
public record Parameter(
    String name,
    String wireName,
    TypeRef type,
    boolean optional,
    WireEncoding wireEncoding,
    boolean defaultsToServerUrl,
    SpecLocation location) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(wireName, "wireName");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(wireEncoding, "wireEncoding");
    Objects.requireNonNull(location, "location");
  }
}
