package dev.cometsdk.spec;

/**
 * Recursive-descent parser of the type grammar:
 *
 * <pre>
 * type     = name [ "&lt;" type [ "," type ] "&gt;" ]
 * name     = letter-or-underscore { letter | digit | underscore }
 * </pre>
 *
 * where only {@code list}, {@code nullable} (one argument) and {@code map} (two) take arguments.
 * Blanks around the punctuation are accepted; {@link TypeRef#toString()} prints none.
 */
final class TypeParser {
  private final String text;
  private int position;

  TypeParser(String text) {
    this.text = text;
  }

  TypeRef parseWhole() {
    if (text == null) {
      throw new TypeSyntaxException("null", 0, "no type expression given");
    }
    TypeRef type = parseType();
    skipBlanks();
    if (position < text.length()) {
      throw error("unexpected '" + text.charAt(position) + "' after a complete type");
    }
    return type;
  }

  private TypeRef parseType() {
    skipBlanks();
    int start = position;
    String name = readName();
    skipBlanks();
    boolean hasArguments = position < text.length() && text.charAt(position) == '<';
    switch (name) {
      case "list":
        return new TypeRef.ListType(singleArgument(name, hasArguments, start));
      case "nullable":
        return new TypeRef.NullableType(singleArgument(name, hasArguments, start));
      case "map":
        return mapArguments(hasArguments, start);
      default:
        if (hasArguments) {
          throw error("'" + name + "' takes no type arguments; only list<T>, map<K,V> and nullable<T> do");
        }
        return PrimitiveType.bySpelling(name).<TypeRef>map(primitive -> primitive)
            .orElseGet(() -> new TypeRef.NamedType(name));
    }
  }

  private TypeRef singleArgument(String name, boolean hasArguments, int start) {
    if (!hasArguments) {
      throw new TypeSyntaxException(text, start, "'" + name + "' needs one type argument: " + name + "<T>");
    }
    position++;
    TypeRef argument = parseType();
    skipBlanks();
    if (position < text.length() && text.charAt(position) == ',') {
      throw error("'" + name + "' takes one type argument, not two");
    }
    expect('>');
    return argument;
  }

  private TypeRef mapArguments(boolean hasArguments, int start) {
    if (!hasArguments) {
      throw new TypeSyntaxException(text, start, "'map' needs two type arguments: map<K,V>");
    }
    position++;
    TypeRef key = parseType();
    skipBlanks();
    if (position >= text.length() || text.charAt(position) != ',') {
      throw error("'map' takes two type arguments: expected ',' and a value type");
    }
    position++;
    TypeRef value = parseType();
    expect('>');
    return new TypeRef.MapType(key, value);
  }

  private String readName() {
    if (position >= text.length()) {
      throw error(text.isEmpty() ? "the type expression is empty" : "expected a type but the expression ends");
    }
    int start = position;
    char first = text.charAt(position);
    if (!(Character.isLetter(first) || first == '_') || first > 0x7f) {
      throw error("expected a type name but found '" + first + "'");
    }
    position++;
    while (position < text.length()) {
      char next = text.charAt(position);
      if (next > 0x7f || !(Character.isLetterOrDigit(next) || next == '_')) {
        break;
      }
      position++;
    }
    return text.substring(start, position);
  }

  private void expect(char wanted) {
    skipBlanks();
    if (position >= text.length()) {
      throw error("expected '" + wanted + "' but the expression ends");
    }
    if (text.charAt(position) != wanted) {
      throw error("expected '" + wanted + "' but found '" + text.charAt(position) + "'");
    }
    position++;
  }

  private void skipBlanks() {
    while (position < text.length() && text.charAt(position) == ' ') {
      position++;
    }
  }

  private TypeSyntaxException error(String problem) {
    return new TypeSyntaxException(text, position, problem);
  }
}
