package dev.cometsdk.spec;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The primitive types of the spec grammar, by their spelling in spec files. */
public enum PrimitiveType implements TypeRef {
  STRING("string"),
  BOOL("bool"),
  /** 64-bit, as Go's {@code int} on the servers Comet ships. */
  INT("int", 64, true),
  INT8("int8", 8, true),
  INT16("int16", 16, true),
  INT32("int32", 32, true),
  INT64("int64", 64, true),
  /** 64-bit, as Go's {@code uint}. */
  UINT("uint", 64, false),
  UINT8("uint8", 8, false),
  UINT16("uint16", 16, false),
  UINT32("uint32", 32, false),
  UINT64("uint64", 64, false),
  /** Go's {@code byte}: an unsigned 8-bit integer. */
  BYTE("byte", 8, false),
  FLOAT32("float32"),
  FLOAT64("float64"),
  /** Base64 text inside JSON; as a method's {@code returns}, the raw response body. */
  BYTES("bytes"),
  /** Any JSON value. */
  ANY("any");

  private static final Map<String, PrimitiveType> BY_SPELLING =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(PrimitiveType::spelling, Function.identity()));

  private final String spelling;
  private final int bits;
  private final boolean signed;

  PrimitiveType(String spelling) {
    this(spelling, 0, false);
  }

  PrimitiveType(String spelling, int bits, boolean signed) {
    this.spelling = spelling;
    this.bits = bits;
    this.signed = signed;
  }

  /** The primitive spelled {@code text} in a spec file, if any. */
  public static Optional<PrimitiveType> bySpelling(String text) {
    return Optional.ofNullable(BY_SPELLING.get(text));
  }

  public String spelling() {
    return spelling;
  }

  public boolean isInteger() {
    return bits > 0;
  }

  public boolean isFloatingPoint() {
    return this == FLOAT32 || this == FLOAT64;
  }

  /** Width in bits of an integer type; 0 for other types. */
  public int bits() {
    return bits;
  }

  public boolean isSigned() {
    return signed;
  }

  /** Smallest value of an integer type. */
  public BigInteger minValue() {
    requireInteger();
    return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
  }

  /** Largest value of an integer type. */
  public BigInteger maxValue() {
    requireInteger();
    return (signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits)).subtract(BigInteger.ONE);
  }

  private void requireInteger() {
    if (!isInteger()) {
      throw new IllegalStateException(spelling + " is not an integer type");
    }
  }

  @Override
  public String toString() {
    return spelling;
  }
}
