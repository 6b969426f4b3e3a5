package dev.cometsdk.client.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.ConstantValue;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;

/**
 * Makes a JSON value for any spec type: strings that are never empty (by default with characters
 * that URL encoding, JSON and HTML treat specially), integers that are never zero and use their
 * type's range (unsigned 64-bit ones above 2^63), lists of two elements, maps of two entries
 * (string or integer keys, as the type says) and structs with every field filled. Structs nest up
 * to a depth limit: a struct at the limit gets its scalar fields only, its struct, list and map
 * fields are left out, so that the values stay small.
 *
 * <p>Integer aliases that the generator maps to Java {@code int} because they have constants (such
 * as {@code JobStatus}) get a value that fits an {@code int} and that no constant has, as a newer
 * server might send.
 *
 * <p>Not thread-safe: a counter makes every string and number differ from the previous one.
 */
final class SyntheticJson {

  /**
   * What a string is for: the spec name of the field or parameter, and whether the string is that
   * field's own text (its value, or an element of its list of strings) rather than something nested
   * in a map.
   */
  record Label(String name, boolean text) {}

  /** Where strings come from. */
  interface Strings {
    String next(Label label);
  }

  static final String NASTY = " &=+%#?/;\\\"'<>\n\t\u00e9\u00df\u4e2d\ud83d\ude00";

  /** Unknown fields added to every struct object by {@link #withUnknownFields()}. */
  static final String UNKNOWN_PREFIX = "zzUnknown";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ApiSpec spec;
  private final int depthLimit;
  private final Strings strings;
  private final boolean unknownFields;
  private long counter;

  private SyntheticJson(ApiSpec spec, int depthLimit, Strings strings, boolean unknownFields) {
    this.spec = spec;
    this.depthLimit = depthLimit;
    this.strings = strings;
    this.unknownFields = unknownFields;
  }

  /** Strings of the form {@code s<n><NASTY>}: unique, and full of special characters. */
  static SyntheticJson of(ApiSpec spec, int depthLimit) {
    long[] n = {0};
    return new SyntheticJson(spec, depthLimit, label -> "s" + (++n[0]) + NASTY, false);
  }

  static SyntheticJson of(ApiSpec spec, int depthLimit, Strings strings) {
    return new SyntheticJson(spec, depthLimit, strings, false);
  }

  /** The same generator, adding unknown fields of every JSON kind to every struct object. */
  SyntheticJson withUnknownFields() {
    return new SyntheticJson(spec, depthLimit, strings, true);
  }

  /** A value of {@code type}, as the top-level value (a parameter, a response). */
  JsonNode value(TypeRef type) {
    return value(type, "");
  }

  /** A value of {@code type} for something the spec names {@code name}. */
  JsonNode value(TypeRef type, String name) {
    return value(type, 0, new Label(name, isText(type)));
  }

  /** Whether a value of this type is a text or a list of texts, as a field the generator may redact. */
  boolean isText(TypeRef type) {
    TypeRef resolved = spec.resolveAliases(type);
    if (resolved instanceof TypeRef.ListType list) {
      resolved = spec.resolveAliases(list.element());
    }
    return resolved == PrimitiveType.STRING;
  }

  private JsonNode value(TypeRef type, int depth, Label label) {
    counter++;
    if (type instanceof PrimitiveType primitive) {
      return primitive(primitive, label);
    }
    if (type instanceof TypeRef.NullableType nullable) {
      return value(nullable.inner(), depth, label);
    }
    if (type instanceof TypeRef.ListType list) {
      ArrayNode array = NODES.arrayNode();
      array.add(value(list.element(), depth, label));
      array.add(value(list.element(), depth, label));
      return array;
    }
    if (type instanceof TypeRef.MapType map) {
      ObjectNode object = NODES.objectNode();
      Label inMap = new Label(label.name(), false);
      for (int i = 0; i < 2; i++) {
        object.set(key(map.key(), inMap), value(map.value(), depth, inMap));
      }
      return object;
    }
    TypeDeclaration declaration = spec.declarationOf((TypeRef.NamedType) type);
    if (declaration instanceof TypeDeclaration.Alias alias) {
      if (isIntEnumeration(spec, alias)) {
        return NODES.numberNode(unknownEnumerationValue(alias));
      }
      return value(alias.target(), depth, label);
    }
    return struct((TypeDeclaration.Struct) declaration, depth);
  }

  private ObjectNode struct(TypeDeclaration.Struct struct, int depth) {
    ObjectNode object = NODES.objectNode();
    if (unknownFields) {
      object.set(UNKNOWN_PREFIX + "Huge", NODES.numberNode(new BigInteger("18446744073709551615123")));
    }
    for (Field field : struct.fields()) {
      if (depth >= depthLimit && isContainer(field.type())) {
        continue;
      }
      object.set(field.jsonName(), value(field.type(), depth + 1, new Label(field.name(), isText(field.type()))));
    }
    if (unknownFields) {
      object.set(UNKNOWN_PREFIX + "Float", NODES.numberNode(new BigDecimal("0.1000000000000000055511151231257827")));
      ObjectNode nested = NODES.objectNode();
      ArrayNode deep = nested.putArray("a");
      deep.add(1).add(NODES.arrayNode().add(2).add(NODES.objectNode().putNull("b")));
      nested.putObject("c").put("d", "\u00e9\ud83d\ude00\"\\").put("e", new BigDecimal("-1.50"));
      nested.put("f", new BigInteger("-98765432109876543210"));
      object.set(UNKNOWN_PREFIX + "Nested", nested);
      object.set(UNKNOWN_PREFIX + "Array", NODES.arrayNode().add(NODES.objectNode().put("x", 1))
          .add(NODES.arrayNode()).add(NODES.objectNode()).addNull().add(1e300));
      object.putNull(UNKNOWN_PREFIX + "Null");
      object.put(UNKNOWN_PREFIX + "String", "");
      object.put(UNKNOWN_PREFIX + "Bool", false);
    }
    return object;
  }

  /**
   * A copy of {@code node} (a value of {@code type}) without the struct fields marked
   * {@code omitEmpty} whose value is empty ({@code ""}, 0, false, [] or {}): the SDK leaves those
   * out of what it sends, as Comet's own SDKs do.
   */
  static JsonNode withoutOmittedEmpties(ApiSpec spec, TypeRef type, JsonNode node) {
    TypeRef resolved = spec.resolveAliases(type);
    if (resolved instanceof TypeRef.NullableType nullable) {
      return withoutOmittedEmpties(spec, nullable.inner(), node);
    }
    if (resolved instanceof TypeRef.ListType list && node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(element -> copy.add(withoutOmittedEmpties(spec, list.element(), element)));
      return copy;
    }
    if (resolved instanceof TypeRef.MapType map && node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      node.properties().forEach(entry -> copy.set(entry.getKey(),
          withoutOmittedEmpties(spec, map.value(), entry.getValue())));
      return copy;
    }
    if (resolved instanceof TypeRef.NamedType named && node.isObject()
        && spec.declarationOf(named) instanceof TypeDeclaration.Struct struct) {
      ObjectNode copy = NODES.objectNode();
      node.properties().forEach(entry -> {
        Field field = struct.fieldByJsonName(entry.getKey()).orElse(null);
        if (field == null) {
          copy.set(entry.getKey(), entry.getValue());
        } else if (!(field.omitEmpty() && JsonTrees.isEmpty(entry.getValue()))) {
          copy.set(entry.getKey(), withoutOmittedEmpties(spec, field.type(), entry.getValue()));
        }
      });
      return copy;
    }
    return node;
  }

  /** Whether a field of this type is left out of a struct at the depth limit. */
  boolean isContainer(TypeRef type) {
    TypeRef resolved = spec.resolveAliases(type);
    if (resolved instanceof TypeRef.NullableType nullable) {
      return isContainer(nullable.inner());
    }
    return resolved instanceof TypeRef.ListType || resolved instanceof TypeRef.MapType
        || resolved instanceof TypeRef.NamedType;
  }

  private String key(TypeRef keyType, Label label) {
    TypeRef resolved = keyType;
    while (resolved instanceof TypeRef.NamedType named
        && spec.declarationOf(named) instanceof TypeDeclaration.Alias alias) {
      if (isIntEnumeration(spec, alias)) {
        counter++;
        return Long.toString(unknownEnumerationValue(alias));
      }
      resolved = alias.target();
    }
    counter++;
    PrimitiveType primitive = (PrimitiveType) resolved;
    return primitive == PrimitiveType.STRING ? strings.next(label) : primitive(primitive, label).asText();
  }

  private JsonNode primitive(PrimitiveType primitive, Label label) {
    long c = counter;
    switch (primitive) {
      case STRING:
        return NODES.textNode(strings.next(label));
      case BOOL:
        return NODES.booleanNode(true);
      case FLOAT32:
        // Exact in binary and never whole, so that Float.toString prints it as written here (a
        // whole number such as 3 would come back as 3.0: equal, but not the same text).
        return NODES.numberNode(new BigDecimal(1.125 + (c % 8) * 0.25));
      case FLOAT64:
        return NODES.numberNode(new BigDecimal(-12345.0625 - (c % 64) * 0.5));
      case BYTES:
        return NODES.textNode(Base64.getEncoder().encodeToString(
            new byte[] {(byte) c, (byte) 0xff, 0, (byte) 0x80, (byte) 0xfb}));
      case ANY: {
        ObjectNode any = NODES.objectNode();
        any.put("n", c).put("f", new BigDecimal("2.50")).put("s", "any" + c + "&=\"").putNull("z");
        any.putArray("l").add(true).add(NODES.objectNode().put("deep", -1));
        return any;
      }
      default:
        return NODES.numberNode(integer(primitive, c));
    }
  }

  /** A non-zero integer in the range of the type, near its end; unsigned 64-bit above 2^63. */
  static BigInteger integer(PrimitiveType type, long c) {
    BigInteger offset = BigInteger.valueOf(c % 97 + 1);
    return type.isSigned() ? type.minValue().add(offset) : type.maxValue().subtract(offset);
  }

  /** A value of an enumeration alias that fits an int and its base type, and is no constant's. */
  private long unknownEnumerationValue(TypeDeclaration.Alias alias) {
    List<Constant> constants = spec.constantsOfType(alias.name());
    long max = constants.stream()
        .mapToLong(constant -> ((ConstantValue.IntegerValue) constant.value()).value().longValueExact())
        .max().orElse(0);
    PrimitiveType base = (PrimitiveType) spec.resolveAliases(alias.target());
    long candidate = max + 1 + counter % 5;
    if (candidate <= Integer.MAX_VALUE && BigInteger.valueOf(candidate).compareTo(base.maxValue()) <= 0) {
      return candidate;
    }
    return ((ConstantValue.IntegerValue) constants.get(0).value()).value().longValueExact();
  }

  /**
   * Mirrors the generator's rule: an integer alias with constants, all of which fit an int, is a
   * Java {@code int}.
   */
  static boolean isIntEnumeration(ApiSpec spec, TypeDeclaration.Alias alias) {
    if (!(spec.resolveAliases(alias.target()) instanceof PrimitiveType primitive) || !primitive.isInteger()) {
      return false;
    }
    List<Constant> constants = spec.constantsOfType(alias.name());
    return !constants.isEmpty() && constants.stream().allMatch(constant ->
        constant.value() instanceof ConstantValue.IntegerValue integer && integer.value().bitLength() < 32);
  }

  /** Whether a value of {@code type} is an unsigned 64-bit integer held in a Java {@code long}. */
  static boolean isUnsigned64(ApiSpec spec, TypeRef type) {
    TypeRef current = type;
    while (current instanceof TypeRef.NamedType named
        && spec.declarationOf(named) instanceof TypeDeclaration.Alias alias) {
      if (isIntEnumeration(spec, alias)) {
        return false;
      }
      current = alias.target();
    }
    return current == PrimitiveType.UINT64 || current == PrimitiveType.UINT;
  }
}
