package dev.cometsdk.spec;

/** A server version that is not among the bundled ones. */
public final class UnknownVersionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String requested;

  UnknownVersionException(String requested, String bundled) {
    super("Comet Server version '" + requested + "' is not bundled; the bundled versions are: " + bundled);
    this.requested = requested;
  }

  /** The version text that was asked for. */
  public String requested() {
    return requested;
  }
}
