package dev.cometsdk.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.ConstantValue;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;

/**
 * How spec types become Java types. The rules, which the differ's Java verdicts mirror:
 *
 * <ul>
 *   <li>{@code string} is {@code String}; {@code bool} is {@code boolean}; {@code bytes} is
 *       {@code byte[]}; {@code any} is Jackson's {@code JsonNode}, so no value is lost.
 *   <li>Integers up to 32 bits (and {@code uint8}, {@code uint16}, {@code byte}) are {@code int};
 *       {@code int}, {@code int64}, {@code uint32} are {@code long}; {@code uint} and
 *       {@code uint64} are {@code long} holding the same 64 bits, read and written unsigned.
 *   <li>{@code float32} is {@code float}, {@code float64} is {@code double}.
 *   <li>A struct is its generated class. An alias is its target's Java type, except that an
 *       integer alias with constants (an enumeration such as {@code JobStatus}) is {@code int}, so
 *       that its constants work in {@code switch}; a value outside int range from a server is a
 *       decoding error, never a silent truncation.
 *   <li>{@code list<T>} is {@code List<T>}, {@code map<K,V>} is {@code Map<K,V>},
 *       {@code nullable<T>} is the boxed {@code T}.
 * </ul>
 */
final class JavaTypeMapper {
  private final ApiSpec spec;
  private final JavaSymbols symbols;

  JavaTypeMapper(ApiSpec spec, JavaSymbols symbols) {
    this.spec = spec;
    this.symbols = symbols;
  }

  ClassName modelClass(String typeName) {
    return symbols.modelClass(typeName);
  }

  /** The Java type of a value of {@code type}; primitives stay unboxed. */
  TypeName javaType(TypeRef type) {
    if (type instanceof PrimitiveType primitive) {
      return primitive(primitive);
    }
    if (type instanceof TypeRef.NamedType named) {
      TypeDeclaration declaration = spec.declarationOf(named);
      if (declaration instanceof TypeDeclaration.Struct) {
        return modelClass(named.name());
      }
      TypeDeclaration.Alias alias = (TypeDeclaration.Alias) declaration;
      return isIntEnumeration(alias) ? TypeName.INT : javaType(alias.target());
    }
    if (type instanceof TypeRef.ListType list) {
      return ParameterizedTypeName.get(Types.LIST, boxed(list.element()));
    }
    if (type instanceof TypeRef.MapType map) {
      return ParameterizedTypeName.get(Types.MAP, boxed(map.key()), boxed(map.value()));
    }
    return boxed(((TypeRef.NullableType) type).inner());
  }

  /** Like {@link #javaType} but boxed, for type arguments and absent optional values. */
  TypeName boxed(TypeRef type) {
    return javaType(type).box();
  }

  /** An integer alias that has constants, all of which fit an {@code int}: mapped to {@code int}. */
  boolean isIntEnumeration(TypeDeclaration.Alias alias) {
    if (!(spec.resolveAliases(alias.target()) instanceof PrimitiveType primitive) || !primitive.isInteger()) {
      return false;
    }
    var constants = spec.constantsOfType(alias.name());
    return !constants.isEmpty() && constants.stream().allMatch(constant ->
        constant.value() instanceof ConstantValue.IntegerValue integer && integer.value().bitLength() < 32);
  }

  /**
   * Whether values of {@code type} are unsigned 64-bit integers held in a {@code long}, which
   * Jackson must read and write unsigned.
   */
  boolean isUnsigned64(TypeRef type) {
    TypeRef current = type;
    while (current instanceof TypeRef.NamedType named
        && spec.declarationOf(named) instanceof TypeDeclaration.Alias alias) {
      if (isIntEnumeration(alias)) {
        return false;
      }
      current = alias.target();
    }
    return current == PrimitiveType.UINT64 || current == PrimitiveType.UINT;
  }

  /** Whether the value is a text in Java ({@code String}), directly or through an alias. */
  boolean isString(TypeRef type) {
    return spec.resolveAliases(type) == PrimitiveType.STRING;
  }

  private static TypeName primitive(PrimitiveType primitive) {
    switch (primitive) {
      case STRING:
        return ClassName.get(String.class);
      case BOOL:
        return TypeName.BOOLEAN;
      case INT8:
      case INT16:
      case INT32:
      case UINT8:
      case UINT16:
      case BYTE:
        return TypeName.INT;
      case INT:
      case INT64:
      case UINT32:
      case UINT:
      case UINT64:
        return TypeName.LONG;
      case FLOAT32:
        return TypeName.FLOAT;
      case FLOAT64:
        return TypeName.DOUBLE;
      case BYTES:
        return ArrayTypeName.of(TypeName.BYTE);
      case ANY:
        return Types.JSON_NODE;
      default:
        throw new IllegalArgumentException("unmapped primitive " + primitive);
    }
  }
}
