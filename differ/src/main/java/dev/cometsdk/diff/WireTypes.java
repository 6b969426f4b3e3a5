package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.TypeRef;

/**
 * Whether every JSON value of one spec type is also a valid value of another: the question behind
 * every wire verdict. A reader of type {@code wide} accepts what a writer of type {@code narrow}
 * sends when {@code narrow}'s values are a subset of {@code wide}'s.
 */
final class WireTypes {
  private WireTypes() {}

  /**
   * {@link Compatibility#COMPATIBLE} when every value of {@code narrow} (in {@code narrowSpec}) is
   * one of {@code wide} (in {@code wideSpec}); {@link Compatibility#RISKY} when both are numbers
   * whose ranges differ; {@link Compatibility#BREAKING} when the kinds of value differ.
   */
  static Compatibility accepts(TypeRef wide, ApiSpec wideSpec, TypeRef narrow, ApiSpec narrowSpec) {
    TypeRef reader = wideSpec.resolveAliases(wide);
    TypeRef writer = narrowSpec.resolveAliases(narrow);
    if (reader == PrimitiveType.ANY) {
      return Compatibility.COMPATIBLE;
    }
    if (reader instanceof PrimitiveType readerPrimitive && writer instanceof PrimitiveType writerPrimitive) {
      return primitives(readerPrimitive, writerPrimitive);
    }
    if (reader instanceof TypeRef.NullableType readerNullable) {
      TypeRef inner = writer instanceof TypeRef.NullableType writerNullable ? writerNullable.inner() : writer;
      return accepts(readerNullable.inner(), wideSpec, inner, narrowSpec);
    }
    if (writer instanceof TypeRef.NullableType writerNullable) {
      // A null the reader cannot take: only risky, since Go readers turn null into the zero value.
      return Compatibility.RISKY.and(accepts(reader, wideSpec, writerNullable.inner(), narrowSpec));
    }
    if (reader instanceof TypeRef.ListType readerList && writer instanceof TypeRef.ListType writerList) {
      return accepts(readerList.element(), wideSpec, writerList.element(), narrowSpec);
    }
    if (reader instanceof TypeRef.MapType readerMap && writer instanceof TypeRef.MapType writerMap) {
      return accepts(readerMap.key(), wideSpec, writerMap.key(), narrowSpec)
          .and(accepts(readerMap.value(), wideSpec, writerMap.value(), narrowSpec));
    }
    if (reader instanceof TypeRef.NamedType readerStruct && writer instanceof TypeRef.NamedType writerStruct) {
      // Field-level differences of the same struct are judged by the field rules.
      return readerStruct.name().equals(writerStruct.name()) ? Compatibility.COMPATIBLE : Compatibility.BREAKING;
    }
    return Compatibility.BREAKING;
  }

  private static Compatibility primitives(PrimitiveType reader, PrimitiveType writer) {
    if (reader == writer) {
      return Compatibility.COMPATIBLE;
    }
    if (reader.isInteger() && writer.isInteger()) {
      boolean fits = reader.minValue().compareTo(writer.minValue()) <= 0
          && reader.maxValue().compareTo(writer.maxValue()) >= 0;
      return fits ? Compatibility.COMPATIBLE : Compatibility.RISKY;
    }
    if (reader.isFloatingPoint() && (writer.isInteger() || writer.isFloatingPoint())) {
      return reader == PrimitiveType.FLOAT64 || writer == PrimitiveType.FLOAT32 ? Compatibility.COMPATIBLE
          : Compatibility.RISKY;
    }
    if (writer.isFloatingPoint() && reader.isInteger()) {
      return Compatibility.RISKY;
    }
    return Compatibility.BREAKING;
  }
}
