package dev.cometsdk.diff;

/** Which way a type travels in a method: sent by the client, returned by the server, or both. */
public enum Direction {
  REQUEST,
  RESPONSE,
  BOTH;

  public Direction plus(Direction other) {
    return other == null || other == this ? this : BOTH;
  }

  public boolean inRequest() {
    return this != RESPONSE;
  }

  public boolean inResponse() {
    return this != REQUEST;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
