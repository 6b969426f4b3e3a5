package dev.cometsdk.generator;

/**
 * Tidies JavaPoet's output so that generated files read like hand-written ones: reflows javadoc
 * paragraphs to the column limit (text inside {@code <pre>} blocks is kept as is), drops trailing
 * blanks, which JavaPoet leaves where it breaks a line, and
 * joins one-member annotations that JavaPoet spreads over three lines. Plain loops over lines, no
 * regular expressions: this runs over every generated line.
 */
final class SourceTidy {
  static final int LIMIT = 100;

  private SourceTidy() {}

  static String tidy(String source) {
    String[] lines = wrap(source).split("\n", -1);
    StringBuilder out = new StringBuilder(source.length());
    for (int i = 0; i < lines.length; i++) {
      if (i + 2 < lines.length && opensAnnotation(lines[i]) && !lines[i + 1].isBlank() && closesAnnotation(lines[i + 2])) {
        // An annotation with one member that JavaPoet spread over three lines: joined when it fits.
        String joined = lines[i] + lines[i + 1].stripLeading() + ")";
        if (joined.length() <= LIMIT) {
          out.append(joined).append('\n');
        } else {
          out.append(lines[i]).append('\n').append(lines[i + 1]).append('\n').append(lines[i + 2]).append('\n');
        }
        i += 2;
      } else {
        out.append(lines[i]).append('\n');
      }
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** Blanks, then {@code @Name(} or {@code @Outer.Name(} and nothing after it. */
  private static boolean opensAnnotation(String line) {
    int at = indentOf(line);
    if (at >= line.length() - 2 || line.charAt(at) != '@' || line.charAt(line.length() - 1) != '(') {
      return false;
    }
    for (int i = at + 1; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if (!(c == '.' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** Blanks, then {@code )} alone. */
  private static boolean closesAnnotation(String line) {
    int paren = indentOf(line);
    return paren == line.length() - 1 && line.charAt(paren) == ')';
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * Reflows the paragraphs of every javadoc comment to the column limit: the lines of a paragraph
   * (up to a blank line, a block tag, a list item or a {@code <pre>} block) are joined and broken
   * again at the last blank that fits, so that no paragraph has a short line in its middle where
   * its source text happened to break.
   */
  static String wrap(String source) {
    StringBuilder out = new StringBuilder(source.length() + 1024);
    boolean inPre = false;
    String pendingIndent = null;
    StringBuilder paragraph = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      String trimmed = line.stripLeading();
      boolean docLine = trimmed.startsWith("* ") || trimmed.equals("*");
      String text = trimmed.length() > 2 ? trimmed.substring(2) : "";
      if (!docLine || inPre || text.isEmpty() || text.startsWith("<pre>") || startsParagraph(text)
          || standsAlone(text)) {
        flush(out, pendingIndent, paragraph);
        pendingIndent = null;
      }
      if (!docLine) {
        out.append(line.stripTrailing()).append('\n');
        continue;
      }
      if (inPre || text.isEmpty() || text.startsWith("<pre>") || standsAlone(text)) {
        if (text.startsWith("<pre>")) {
          inPre = true;
        }
        out.append(line.stripTrailing()).append('\n');
        if (text.contains("</pre>")) {
          inPre = false;
        }
        continue;
      }
      if (pendingIndent == null) {
        pendingIndent = line.substring(0, line.indexOf('*'));
      } else {
        paragraph.append(' ');
      }
      paragraph.append(text.strip());
    }
    flush(out, pendingIndent, paragraph);
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** A line that begins a paragraph of its own: a block tag, a new paragraph or a list item. */
  private static boolean startsParagraph(String text) {
    return text.startsWith("@") || text.startsWith("<p>") || text.startsWith("<li>");
  }

  /** A line that is never joined with another: list and table markup. */
  private static boolean standsAlone(String text) {
    return text.startsWith("<ul>") || text.startsWith("</ul>") || text.startsWith("<ol>") || text.startsWith("</ol>");
  }

  private static void flush(StringBuilder out, String indent, StringBuilder paragraph) {
    if (indent != null && paragraph.length() > 0) {
      appendWrapped(out, indent + "* " + paragraph);
    }
    paragraph.setLength(0);
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
