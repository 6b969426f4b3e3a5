package dev.cometsdk.spec;

/** How a method's request body is encoded. */
public enum ContentType implements WireValued {
  FORM_URLENCODED("application/x-www-form-urlencoded"),
  /** File upload: the {@code upload} parameter is the file part, credentials travel in headers. */
  MULTIPART_FORM_DATA("multipart/form-data");

  private final String wireValue;

  ContentType(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String wireValue() {
    return wireValue;
  }
}
