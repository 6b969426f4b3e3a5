package dev.cometsdk.spec;

/**
 * A type expression of the spec grammar: a primitive ({@code string}, {@code int64}, ...), a list,
 * a map, a named type (a struct or alias of the same spec) or a nullable wrapper.
 *
 * <p>{@link #toString()} prints the canonical text, which {@link #parse} reads back to an equal
 * value: {@code list<string>}, {@code map<string,list<SearchResultFileInfo>>}.
 */
public sealed interface TypeRef permits PrimitiveType, TypeRef.ListType, TypeRef.MapType, TypeRef.NamedType, TypeRef.NullableType {

  /**
   * Parses a type expression.
   *
   * @throws TypeSyntaxException saying what was expected and at which offset
   */
  static TypeRef parse(String text) {
    return new TypeParser(text).parseWhole();
  }

  /** {@code list<T>}: a JSON array. */
  record ListType(TypeRef element) implements TypeRef {
    public ListType {
      java.util.Objects.requireNonNull(element, "element");
    }

    @Override
    public String toString() {
      return "list<" + element + ">";
    }
  }

  /** {@code map<K,V>}: a JSON object; integer keys are written as their decimal text. */
  record MapType(TypeRef key, TypeRef value) implements TypeRef {
    public MapType {
      java.util.Objects.requireNonNull(key, "key");
      java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "map<" + key + "," + value + ">";
    }
  }

  /** A struct or alias declared in the same spec, by its name. */
  record NamedType(String name) implements TypeRef {
    public NamedType {
      java.util.Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code nullable<T>}: the value may be JSON {@code null}. Reserved; not in the bundled data. */
  record NullableType(TypeRef inner) implements TypeRef {
    public NullableType {
      java.util.Objects.requireNonNull(inner, "inner");
    }

    @Override
    public String toString() {
      return "nullable<" + inner + ">";
    }
  }
}
