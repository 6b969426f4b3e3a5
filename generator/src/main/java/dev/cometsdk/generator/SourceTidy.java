package dev.cometsdk.generator;

/**
 * Tidies JavaPoet's output so that generated files read like hand-written ones: wraps javadoc
 * lines that are too long at the last blank before the column limit (text inside {@code <pre>}
 * blocks is kept as is), and drops trailing blanks, which JavaPoet leaves where it breaks a line.
 */
final class SourceTidy {
  static final int LIMIT = 100;

  private SourceTidy() {}

  /** An annotation with one member that JavaPoet spread over three lines. */
  private static final java.util.regex.Pattern SPREAD_ANNOTATION =
      java.util.regex.Pattern.compile("(?m)^( *)(@[\\w.]+)\\(\n *([^\n]+)\n *\\)$");

  static String tidy(String source) {
    java.util.regex.Matcher matcher = SPREAD_ANNOTATION.matcher(wrap(source));
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String joined = matcher.group(1) + matcher.group(2) + "(" + matcher.group(3) + ")";
      matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          joined.length() <= LIMIT ? joined : matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static String wrap(String source) {
    StringBuilder out = new StringBuilder(source.length() + 1024);
    boolean inPre = false;
    for (String line : source.split("\n", -1)) {
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("* ") || trimmed.equals("*")) {
        if (trimmed.contains("<pre>")) {
          inPre = true;
        }
        if (!inPre && line.length() > LIMIT) {
          appendWrapped(out, line);
        } else {
          out.append(line).append('\n');
        }
        if (trimmed.contains("</pre>")) {
          inPre = false;
        }
      } else {
        out.append(line.stripTrailing()).append('\n');
      }
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /**
   * The last blank before {@code room} that is outside inline tags such as {@code {@code a b}}, or
   * the first one after it; -1 when there is none.
   */
  private static int cutPoint(String text, int room) {
    int depth = 0;
    int best = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ' ' && depth == 0 && i > 0) {
        if (i <= room) {
          best = i;
        } else {
          return best > 0 ? best : i;
        }
      }
    }
    return best;
  }

  private static void appendWrapped(StringBuilder out, String line) {
    int star = line.indexOf('*');
    String prefix = line.substring(0, star) + "* ";
    String rest = line.substring(star + 2);
    // Continuation lines of a block tag are indented under its text, as javadoc style has it.
    String continuation = prefix + (rest.startsWith("@") ? "    " : "");
    String current = prefix;
    String text = rest;
    while (current.length() + text.length() > LIMIT) {
      int cut = cutPoint(text, LIMIT - current.length());
      if (cut < 0) {
        break;
      }
      out.append(current).append(text, 0, cut).append('\n');
      text = text.substring(cut + 1);
      current = continuation;
    }
    out.append(current).append(text).append('\n');
  }
}
