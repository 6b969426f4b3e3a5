package dev.cometsdk.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * A named constant, typed with a primitive or an alias.
 *
 * @param value the resolved value, also where the constant is defined as another one
 * @param valueRef the name of the constant this one is defined as ({@code COMPRESS_DEFAULT} is
 *     {@code COMPRESS_LVL_4}), if any
 */
public record Constant(
    String name,
    TypeRef type,
    ConstantValue value,
    Optional<String> valueRef,
    Optional<String> deprecatedSince,
    SpecLocation location) {

  public Constant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueRef, "valueRef");
    Objects.requireNonNull(deprecatedSince, "deprecatedSince");
    Objects.requireNonNull(location, "location");
  }
}
