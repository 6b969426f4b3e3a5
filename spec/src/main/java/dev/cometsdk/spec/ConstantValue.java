package dev.cometsdk.spec;

import java.math.BigInteger;
import java.util.Objects;

/** The value of a constant: an integer (of any width the grammar has) or a string. */
public sealed interface ConstantValue permits ConstantValue.IntegerValue, ConstantValue.StringValue {

  /** The value as spec files write it: a decimal number, or a JSON string. */
  String toJson();

  record IntegerValue(BigInteger value) implements ConstantValue {
    public IntegerValue {
      Objects.requireNonNull(value, "value");
    }

    public static IntegerValue of(long value) {
      return new IntegerValue(BigInteger.valueOf(value));
    }

    @Override
    public String toJson() {
      return value.toString();
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  record StringValue(String value) implements ConstantValue {
    public StringValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toJson() {
      return JsonText.quote(value);
    }

    @Override
    public String toString() {
      return toJson();
    }
  }
}
