package dev.cometsdk.spec;

/** How a parameter's value is written into the request. */
public enum WireEncoding implements WireValued {
  /** The string as it is. */
  RAW("raw"),
  /** The JSON text of the value. */
  JSON("json");

  private final String wireValue;

  WireEncoding(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
