package dev.cometsdk.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A named type of a spec: a struct with fields, or an alias of another type. */
public sealed interface TypeDeclaration permits TypeDeclaration.Struct, TypeDeclaration.Alias {

  String name();

  /** The server version as written where the type is marked deprecated. */
  Optional<String> deprecatedSince();

  SpecLocation location();

  /** A JSON object with declared fields. */
  record Struct(String name, List<Field> fields, Optional<String> deprecatedSince, SpecLocation location)
      implements TypeDeclaration {

    public Struct {
      Objects.requireNonNull(name, "name");
      fields = List.copyOf(fields);
      Objects.requireNonNull(deprecatedSince, "deprecatedSince");
      Objects.requireNonNull(location, "location");
    }

    /** The field whose JSON key is {@code jsonName}, if any. */
    public Optional<Field> fieldByJsonName(String jsonName) {
      return fields.stream().filter(field -> field.jsonName().equals(jsonName)).findFirst();
    }
  }

  /**
   * A named non-struct type, such as {@code AutoRetentionLevel} of {@code int64}, that constants
   * are typed with.
   */
  record Alias(String name, TypeRef target, Optional<String> deprecatedSince, SpecLocation location)
      implements TypeDeclaration {

    public Alias {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(deprecatedSince, "deprecatedSince");
      Objects.requireNonNull(location, "location");
    }
  }
}
