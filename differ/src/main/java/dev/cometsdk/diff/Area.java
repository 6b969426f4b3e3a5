package dev.cometsdk.diff;

/** What part of the API a change is about; reports group by it. */
public enum Area {
  METHOD("Methods"),
  PARAMETER("Parameters"),
  TYPE("Types"),
  FIELD("Fields"),
  CONSTANT("Constants"),
  VERSION("Version metadata");

  private final String title;

  Area(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
