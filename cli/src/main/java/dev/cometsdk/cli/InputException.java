package dev.cometsdk.cli;

/** Input the command cannot use as given: the message says what and where, and is all the user sees. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
