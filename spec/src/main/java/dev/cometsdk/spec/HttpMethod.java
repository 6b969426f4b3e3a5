package dev.cometsdk.spec;

/** The HTTP method of an API method's request. */
public enum HttpMethod implements WireValued {
  GET("GET"),
  POST("POST");

  private final String wireValue;

  HttpMethod(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
