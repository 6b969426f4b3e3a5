package dev.cometsdk.diff;

/** One verdict on one kind of compatibility. */
public enum Compatibility {
  /** Nothing that worked before stops working. */
  COMPATIBLE,
  /** Works for the values and server configurations seen in practice, but not for every one. */
  RISKY,
  /** Something that worked before stops working: a call fails, a value is lost, code no longer compiles or links. */
  BREAKING;

  /** The worse of two verdicts. */
  public Compatibility and(Compatibility other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
