package dev.cometsdk.client.e2e;

import java.util.Random;

/** Random strings that are hard on encoders: URL and JSON metacharacters, controls, any plane. */
final class RandomStrings {
  private static final String ASCII_SPECIAL = "&=+%#?;/ \"'\\<>{}[]|^`~!@$*(),:";
  private static final String WHITESPACE = " \n\r\t\u000b\f";
  private static final String PLAIN = "abcXYZ019-_.";
  private static final String[] NON_ASCII = {"\u00e9", "\u00df", "\u00e4", "\u00f1", "\u03a9", "\u0416", "\u4e2d",
      "\u65e5", "\ud55c", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u0000", "\u007f", "\u0085"};
  private static final String[] EMOJI = {"\ud83d\ude00", "\ud83d\udc4d\ud83c\udffd", "\ud83c\udde9\ud83c\uddea",
      "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67"};
  private static final String[] ENCODED_LOOKING = {"%20", "%2", "%", "%%", "+", "%E2%82%AC", "&amp;", "\\u0041",
      "%0D%0A", "a=b&c=d"};

  private RandomStrings() {}

  /** One string: empty about one time in ten, otherwise 1 to 60 characters from every pool. */
  static String next(Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return "";
    }
    int length = 1 + random.nextInt(kind < 7 ? 12 : 60);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(7)) {
        case 0 -> out.append(pick(random, ASCII_SPECIAL));
        case 1 -> out.append(pick(random, WHITESPACE));
        case 2 -> out.append(pick(random, PLAIN));
        case 3 -> out.append(NON_ASCII[random.nextInt(NON_ASCII.length)]);
        case 4 -> out.append(EMOJI[random.nextInt(EMOJI.length)]);
        case 5 -> out.append(ENCODED_LOOKING[random.nextInt(ENCODED_LOOKING.length)]);
        default -> out.appendCodePoint(anyCodePoint(random));
      }
    }
    return out.toString();
  }

  private static char pick(Random random, String pool) {
    return pool.charAt(random.nextInt(pool.length()));
  }

  /** Any Unicode scalar value: every plane, controls included, surrogates excluded. */
  private static int anyCodePoint(Random random) {
    while (true) {
      int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
      if (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE) {
        return codePoint;
      }
    }
  }
}
