package dev.cometsdk.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a struct.
 *
 * @param name the field's name in the SDK; usually the JSON key, but not always
 *     ({@code UseObjectLock_Legacy_DoNotUse} has the key {@code UseObjectLock})
 * @param jsonName the JSON object key
 * @param omitEmpty whether the key is left out of the JSON when the value is empty
 */
public record Field(
    String name,
    String jsonName,
    TypeRef type,
    boolean omitEmpty,
    Optional<String> deprecatedSince,
    SpecLocation location) {

  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jsonName, "jsonName");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(deprecatedSince, "deprecatedSince");
    Objects.requireNonNull(location, "location");
  }
}
