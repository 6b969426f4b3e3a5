package dev.cometsdk.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.TypeRef;

/** JSON Schema (2020-12, as OpenAPI 3.1 has it) for spec type expressions. */
final class Schemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Schemas() {}

  /** The schema of {@code type}; {@code spec} tells what the aliases it names stand for. */
  static ObjectNode of(ApiSpec spec, TypeRef type) {
    if (type instanceof PrimitiveType primitive) {
      return primitive(primitive);
    }
    if (type instanceof TypeRef.NamedType named) {
      ObjectNode ref = JSON.objectNode();
      ref.put("$ref", OpenApiExporter.COMPONENTS + named.name());
      return ref;
    }
    if (type instanceof TypeRef.ListType list) {
      ObjectNode schema = JSON.objectNode();
      schema.put("type", "array");
      schema.set("items", of(spec, list.element()));
      return schema;
    }
    if (type instanceof TypeRef.MapType map) {
      ObjectNode schema = JSON.objectNode();
      schema.put("type", "object");
      // JSON object keys are text. A key typed with a string alias is that alias's text; an
      // integer key (directly or through an alias) is written as its decimal digits.
      if (spec.resolveAliases(map.key()) instanceof PrimitiveType key && key.isInteger()) {
        schema.putObject("propertyNames").put("pattern", key.isSigned() ? "^-?[0-9]+$" : "^[0-9]+$");
        schema.put("x-comet-key-type", map.key().toString());
      } else if (map.key() instanceof TypeRef.NamedType) {
        schema.set("propertyNames", of(spec, map.key()));
      }
      schema.set("additionalProperties", of(spec, map.value()));
      return schema;
    }
    ObjectNode nullable = JSON.objectNode();
    nullable.putArray("anyOf").add(of(spec, ((TypeRef.NullableType) type).inner())).addObject().put("type", "null");
    return nullable;
  }

  private static ObjectNode primitive(PrimitiveType primitive) {
    ObjectNode schema = JSON.objectNode();
    switch (primitive) {
      case STRING:
        schema.put("type", "string");
        break;
      case BOOL:
        schema.put("type", "boolean");
        break;
      case FLOAT32:
        schema.put("type", "number").put("format", "float");
        break;
      case FLOAT64:
        schema.put("type", "number").put("format", "double");
        break;
      case BYTES:
        schema.put("type", "string").put("contentEncoding", "base64");
        break;
      case ANY:
        schema.put("description", "Any JSON value.");
        break;
      default:
        schema.put("type", "integer");
        if (primitive.bits() == 32 && primitive.isSigned()) {
          schema.put("format", "int32");
        } else if (primitive.bits() == 64 && primitive.isSigned()) {
          schema.put("format", "int64");
        } else {
          // The smallest standard format that holds every value, so that client generators pick a
          // wide enough type (without one, OpenAPI Generator reads a uint32 into an int and fails
          // on half of all CRC-32 values); the bounds say the exact range. No format holds uint64.
          if (primitive.bits() < 32) {
            schema.put("format", "int32");
          } else if (primitive.bits() == 32) {
            schema.put("format", "int64");
          }
          schema.put("minimum", primitive.minValue());
          schema.put("maximum", primitive.maxValue());
          schema.put("x-comet-type", primitive.spelling());
        }
    }
    return schema;
  }
}
