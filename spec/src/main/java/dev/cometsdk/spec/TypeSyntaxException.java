package dev.cometsdk.spec;

/** A type expression that does not follow the spec's type grammar. */
public final class TypeSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String expression;
  private final int offset;
  private final String problem;

  TypeSyntaxException(String expression, int offset, String problem) {
    super("invalid type expression '" + expression + "' at offset " + offset + ": " + problem);
    this.expression = expression;
    this.offset = offset;
    this.problem = problem;
  }

  /** The whole text that failed to parse. */
  public String expression() {
    return expression;
  }

  /** 0-based character offset where the problem was found. */
  public int offset() {
    return offset;
  }

  /** What was wrong, without the expression and offset. */
  public String problem() {
    return problem;
  }
}
