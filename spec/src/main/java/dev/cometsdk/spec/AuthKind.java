package dev.cometsdk.spec;

/** Which credentials a method needs. */
public enum AuthKind implements WireValued {
  ADMIN("admin"),
  USER("user"),
  /** Administrator or end-user credentials (the {@code /api/v1/hybrid/} method). */
  ANY("any"),
  NONE("none");

  private final String wireValue;

  AuthKind(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
