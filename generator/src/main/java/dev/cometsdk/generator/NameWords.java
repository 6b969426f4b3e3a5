package dev.cometsdk.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a spec name, and the camel-case spellings made from them as Google Java Style has
 * it: each word capitalised, the rest of it lower case, acronyms included ({@code SourceGUID} is
 * the words {@code Source GUID}, so {@code sourceGuid} and {@code SourceGuid}).
 *
 * <p>Words end at {@code _} and any other character that is not an ASCII letter or digit, before
 * an upper-case letter that follows a lower-case one, and before the last capital of a run of
 * three or more that a lower-case letter follows ({@code URLPath} is {@code URL Path}). A run of
 * one or two capitals starts a word with the letters after it ({@code VMware}, {@code IPv6}), a
 * lone {@code s} after capitals is a plural that stays with them ({@code GUIDs}), and digits stay
 * with the word before them, with the letters after them up to the next word ({@code S3Bucket}
 * is {@code S3 Bucket}, {@code U2FLogin} is {@code U2F Login}, {@code Office365}).
 */
final class NameWords {
  private NameWords() {}

  static List<String> of(String name) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = name.length();
    while (i < n) {
      char c = name.charAt(i);
      if (!isAsciiLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isDigit(c)) {
        i = skipDigits(name, i);
        if (!words.isEmpty() && start > 0 && isAsciiLetterOrDigit(name.charAt(start - 1))) {
          words.set(words.size() - 1, words.get(words.size() - 1) + name.substring(start, i));
          continue;
        }
      } else if (isUpper(c)) {
        int run = i;
        while (run < n && isUpper(name.charAt(run))) {
          run++;
        }
        int capitals = run - i;
        if (run < n && isLower(name.charAt(run))) {
          if (capitals >= 3 && !isPluralS(name, run)) {
            i = run - 1;  // URLPath: URL, then Path
          } else if (capitals >= 3) {
            i = run + 1;  // GUIDs
          } else {
            i = skipLower(name, run);  // Word, VMware, IPv
          }
        } else {
          i = run;  // GUID, S (of S3)
        }
      } else {
        i = skipLower(name, i);
      }
      i = skipDigitTail(name, i);
      words.add(name.substring(start, i));
    }
    return words;
  }

  /** {@code sourceGuid}: the first word lower case, every other capitalised. Empty for a name without letters or digits. */
  static String lowerCamel(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
    }
    return out.toString();
  }

  /** {@code SourceGuid}: every word capitalised. */
  static String upperCamel(List<String> words) {
    StringBuilder out = new StringBuilder();
    words.forEach(word -> out.append(capitalize(word)));
    return out.toString();
  }

  /** {@code MAP_OF_STRING}: the words upper case, joined by {@code _}. */
  static String upperSnake(List<String> words) {
    return String.join("_", words).toUpperCase(Locale.ROOT);
  }

  private static String capitalize(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  private static boolean isPluralS(String name, int at) {
    return name.charAt(at) == 's' && (at + 1 == name.length() || !isLower(name.charAt(at + 1)));
  }

  /**
   * Digits and the letters right after them, up to where the next word starts (a capital that a
   * lower-case letter follows): {@code U2F} of {@code U2FLogin}, {@code U2f} of
   * {@code U2fRequest}, {@code S3} of {@code S3Bucket}.
   */
  private static int skipDigitTail(String name, int from) {
    int i = from;
    int end = skipDigits(name, i);
    while (end > i) {
      i = skipLower(name, end);
      int run = i;
      while (run < name.length() && isUpper(name.charAt(run))) {
        run++;
      }
      if (run < name.length() && isLower(name.charAt(run))) {
        run--;
      }
      i = Math.max(i, run);
      end = skipDigits(name, i);
    }
    return i;
  }

  private static int skipLower(String name, int from) {
    int i = from;
    while (i < name.length() && isLower(name.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipDigits(String name, int from) {
    int i = from;
    while (i < name.length() && isDigit(name.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return isUpper(c) || isLower(c) || isDigit(c);
  }
}
