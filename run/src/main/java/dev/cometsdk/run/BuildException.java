package dev.cometsdk.run;

/** A build step that cannot go on; the message is written for the user and is all they need. */
public final class BuildException extends Exception {
  private static final long serialVersionUID = 1L;

  public BuildException(String message) {
    super(message);
  }

  public BuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
