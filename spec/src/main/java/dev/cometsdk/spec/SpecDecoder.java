package dev.cometsdk.spec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structural pass: turns the JSON tree of a spec file into model elements, reporting every
 * missing, mistyped or unknown key and every unparseable type expression. An element with such a
 * problem is reported and left out, so that the semantic pass sees only well-formed elements.
 */
final class SpecDecoder {
  /**
   * Longer whole numbers are rejected here; shorter ones reach the validator, which names the
   * range of the constant's type. Any bound above 20 (the digits of 2^64) would do.
   */
  private static final int MAX_INTEGER_DIGITS = 100;

  private final List<ValidationEvent> events;

  SpecDecoder(List<ValidationEvent> events) {
    this.events = events;
  }

  /** The elements that decoded cleanly; empty when the root is not even an object. */
  Optional<DecodedSpec> decode(JsonValue root, Map<String, SpecLocation> locations) {
    Optional<ObjectReader> maybeReader = ObjectReader.of(root, "the spec", events);
    if (maybeReader.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader reader = maybeReader.get();
    reader.optionalString("$schema");
    Optional<ServerVersion> version = reader.string("serverVersion").flatMap(text -> {
      Optional<ServerVersion> parsed = ServerVersion.tryParse(text);
      if (parsed.isEmpty()) {
        events.add(ValidationEvent.of(Rule.VERSION_INVALID, reader.raw("serverVersion", true).get().location(),
            "serverVersion '" + text + "' is not a version", "write it as MAJOR.MINOR.REVISION, e.g. 25.6.8"));
      }
      return parsed;
    });
    List<ApiMethod> methods = new ArrayList<>();
    reader.array("methods").ifPresent(elements -> elements.forEach(e -> method(e).ifPresent(methods::add)));
    List<TypeDeclaration> types = new ArrayList<>();
    Set<String> malformedTypes = new HashSet<>();
    reader.array("types").ifPresent(elements -> elements.forEach(e ->
        type(e).ifPresentOrElse(types::add, () -> nameOf(e).ifPresent(malformedTypes::add))));
    List<Constant> constants = new ArrayList<>();
    Set<String> malformedConstants = new HashSet<>();
    reader.array("constants").ifPresent(elements -> elements.forEach(e ->
        constant(e).ifPresentOrElse(constants::add, () -> nameOf(e).ifPresent(malformedConstants::add))));
    reader.rejectUnknownKeys();
    return Optional.of(new DecodedSpec(version, methods, types, constants, malformedTypes, malformedConstants,
        reader.location().file(), locations));
  }

  private Optional<ApiMethod> method(JsonValue value) {
    Optional<ObjectReader> maybeReader = ObjectReader.of(value, describe("method", value), events);
    if (maybeReader.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader reader = maybeReader.get();
    Optional<String> name = reader.string("name");
    Optional<HttpMethod> httpMethod = reader.enumeration("httpMethod", HttpMethod.class);
    Optional<String> path = reader.string("path");
    Optional<ContentType> contentType = reader.enumeration("contentType", ContentType.class);
    Optional<AuthKind> auth = reader.enumeration("auth", AuthKind.class);
    Optional<Boolean> authOptional = reader.bool("authOptionalIfServerAllowsUnauthenticatedDownloads");
    Optional<List<String>> roles = reader.stringArray("requiresRole");
    Optional<Boolean> topLevelAdminOnly = reader.bool("topLevelAdminOnly");
    Optional<Boolean> mayBeRestricted = reader.bool("mayBeRestrictedPerAdmin");
    List<Parameter> params = new ArrayList<>();
    String methodName = name.orElse("?");
    reader.array("params").ifPresent(elements -> elements.forEach(element ->
        param(element, methodName).ifPresentOrElse(params::add, reader::markIncomplete)));
    Optional<TypeRef> returns = typeExpression(reader, "returns");
    Optional<String> deprecatedSince = reader.optionalNonEmptyString("deprecatedSince");
    reader.rejectUnknownKeys();
    if (!reader.isComplete()) {
      return Optional.empty();
    }
    return Optional.of(new ApiMethod(name.get(), httpMethod.get(), path.get(), contentType.get(), auth.get(),
        authOptional.get(), roles.get(), topLevelAdminOnly.get(), mayBeRestricted.get(), params, returns.get(),
        deprecatedSince, reader.location()));
  }

  private Optional<Parameter> param(JsonValue value, String methodName) {
    Optional<ObjectReader> maybeReader =
        ObjectReader.of(value, describe("parameter", value) + " of method '" + methodName + "'", events);
    if (maybeReader.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader reader = maybeReader.get();
    Optional<String> name = reader.string("name");
    Optional<String> wireName = reader.nonEmptyString("wireName");
    Optional<TypeRef> type = typeExpression(reader, "type");
    Optional<Boolean> optional = reader.bool("optional");
    Optional<WireEncoding> wireEncoding = reader.enumeration("wireEncoding", WireEncoding.class);
    Optional<Boolean> defaultsToServerUrl = reader.bool("defaultsToServerUrl");
    reader.rejectUnknownKeys();
    if (!reader.isComplete()) {
      return Optional.empty();
    }
    return Optional.of(new Parameter(name.get(), wireName.get(), type.get(), optional.get(), wireEncoding.get(),
        defaultsToServerUrl.get(), reader.location()));
  }

  private Optional<TypeDeclaration> type(JsonValue value) {
    Optional<ObjectReader> maybeReader = ObjectReader.of(value, describe("type", value), events);
    if (maybeReader.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader reader = maybeReader.get();
    Optional<String> name = reader.string("name");
    Optional<TypeKind> kind = reader.enumeration("kind", TypeKind.class);
    Optional<String> deprecatedSince = reader.optionalNonEmptyString("deprecatedSince");
    if (kind.isEmpty()) {
      // Without a kind the other keys cannot be judged; accept both kinds' keys silently.
      reader.raw("fields", false);
      reader.raw("type", false);
      reader.rejectUnknownKeys();
      return Optional.empty();
    }
    if (kind.get() == TypeKind.ALIAS) {
      Optional<TypeRef> target = typeExpression(reader, "type");
      reader.rejectUnknownKeys();
      return reader.isComplete()
          ? Optional.of(new TypeDeclaration.Alias(name.get(), target.get(), deprecatedSince, reader.location()))
          : Optional.empty();
    }
    List<Field> fields = new ArrayList<>();
    String typeName = name.orElse("?");
    reader.array("fields").ifPresent(elements -> elements.forEach(element ->
        field(element, typeName).ifPresentOrElse(fields::add, reader::markIncomplete)));
    reader.rejectUnknownKeys();
    return reader.isComplete()
        ? Optional.of(new TypeDeclaration.Struct(name.get(), fields, deprecatedSince, reader.location()))
        : Optional.empty();
  }

  private Optional<Field> field(JsonValue value, String typeName) {
    Optional<ObjectReader> maybeReader =
        ObjectReader.of(value, describe("field", value) + " of type '" + typeName + "'", events);
    if (maybeReader.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader reader = maybeReader.get();
    Optional<String> name = reader.string("name");
    Optional<String> jsonName = reader.nonEmptyString("jsonName");
    Optional<TypeRef> type = typeExpression(reader, "type");
    Optional<Boolean> omitEmpty = reader.bool("omitEmpty");
    Optional<String> deprecatedSince = reader.optionalNonEmptyString("deprecatedSince");
    reader.rejectUnknownKeys();
    if (!reader.isComplete()) {
      return Optional.empty();
    }
    return Optional.of(new Field(name.get(), jsonName.get(), type.get(), omitEmpty.get(), deprecatedSince,
        reader.location()));
  }

  private Optional<Constant> constant(JsonValue value) {
    Optional<ObjectReader> maybeReader = ObjectReader.of(value, describe("constant", value), events);
    if (maybeReader.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader reader = maybeReader.get();
    Optional<String> name = reader.string("name");
    Optional<TypeRef> type = typeExpression(reader, "type");
    Optional<ConstantValue> constantValue = reader.raw("value", true).flatMap(raw -> constantValue(raw, reader));
    Optional<String> valueRef = reader.optionalNonEmptyString("valueRef");
    Optional<String> deprecatedSince = reader.optionalNonEmptyString("deprecatedSince");
    reader.rejectUnknownKeys();
    if (!reader.isComplete()) {
      return Optional.empty();
    }
    return Optional.of(new Constant(name.get(), type.get(), constantValue.get(), valueRef, deprecatedSince,
        reader.location()));
  }

  private Optional<ConstantValue> constantValue(JsonValue raw, ObjectReader reader) {
    if (raw instanceof JsonValue.JsonString text) {
      return Optional.of(new ConstantValue.StringValue(text.value()));
    }
    if (raw instanceof JsonValue.JsonNumber number && isWhole(number.value())) {
      if (number.value().signum() == 0) {
        return Optional.of(new ConstantValue.IntegerValue(BigInteger.ZERO));
      }
      // 1e999999999 is whole too: refuse it before expanding it into a billion digits.
      long digits = (long) number.value().precision() - number.value().scale();
      if (digits > MAX_INTEGER_DIGITS) {
        reader.markIncomplete();
        events.add(ValidationEvent.of(Rule.CONSTANT_OUT_OF_RANGE, raw.location(),
            "'value' of " + reader.what() + " is a number of " + digits + " digits, which fits no integer type",
            "the widest integer types are 64 bits: at most 20 digits"));
        return Optional.empty();
      }
      return Optional.of(new ConstantValue.IntegerValue(number.value().toBigIntegerExact()));
    }
    reader.markIncomplete();
    String found = raw instanceof JsonValue.JsonNumber ? "a fractional number" : ObjectReader.article(raw.kind());
    events.add(ValidationEvent.of(Rule.SCHEMA_WRONG_TYPE, raw.location(),
        "'value' of " + reader.what() + " must be an integer or a string, not " + found,
        "constants are integers or strings"));
    return Optional.empty();
  }

  private static boolean isWhole(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  private Optional<TypeRef> typeExpression(ObjectReader reader, String key) {
    Optional<String> text = reader.string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TypeRef.parse(text.get()));
    } catch (TypeSyntaxException e) {
      reader.markIncomplete();
      String where = e.expression().isEmpty() ? "" : "'" + e.expression() + "' at offset " + e.offset() + ": ";
      events.add(ValidationEvent.of(Rule.TYPE_SYNTAX, reader.raw(key, true).get().location(),
          "'" + key + "' of " + reader.what() + " is not a valid type expression: " + where + e.problem(),
          "types are primitives (string, int64, ...), type names, list<T>, map<K,V> or nullable<T>"));
      return Optional.empty();
    }
  }

  /** The name of an element that has a string name, even if it is otherwise malformed. */
  private static Optional<String> nameOf(JsonValue value) {
    return value instanceof JsonValue.JsonObject object && object.members().get("name") instanceof JsonValue.JsonString name
        ? Optional.of(name.value())
        : Optional.empty();
  }

  /** {@code method 'AdminAddUser'} when the element has a string name, else {@code method /methods/3}. */
  private static String describe(String kind, JsonValue value) {
    if (value instanceof JsonValue.JsonObject object
        && object.members().get("name") instanceof JsonValue.JsonString name) {
      return kind + " '" + name.value() + "'";
    }
    return kind + " at " + value.location().pointer();
  }

  /** The spellings of a type's {@code kind}. */
  enum TypeKind implements WireValued {
    STRUCT("struct"),
    ALIAS("alias");

    private final String wireValue;

    TypeKind(String wireValue) {
      this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
      return wireValue;
    }
  }
}
