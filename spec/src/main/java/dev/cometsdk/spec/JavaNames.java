package dev.cometsdk.spec;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How spec names become Java identifiers. The validator and the generator share these rules, so
 * that every name the validator accepts maps to a legal identifier that no other name maps to.
 *
 * <ul>
 *   <li>Types keep their spec name ({@code UserProfileConfig}).
 *   <li>Constants keep their spec name ({@code COMPRESS_LVL_4}).
 *   <li>Methods, parameters and fields become lower camel case: underscores are dropped and the
 *       letter after each is capitalised, and a leading acronym is lower-cased as a whole
 *       ({@code AdminListUsers -> adminListUsers}, {@code GUID -> guid},
 *       {@code UseObjectLock_Legacy_DoNotUse -> useObjectLockLegacyDoNotUse}). A result that is a
 *       Java keyword or literal gets a trailing underscore ({@code Default -> default_}), which no
 *       other name can produce since underscores are dropped.
 * </ul>
 */
public final class JavaNames {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

  private JavaNames() {}

  /**
   * Why {@code name} cannot become a Java method, parameter or field name through
   * {@link #memberName}, or null when it can: it must be ASCII letters, digits and underscores, not
   * start with a digit, hold at least one letter or digit, and not start with a digit once its
   * leading underscores are dropped ({@code _1} would become {@code 1}).
   */
  public static String problemWith(String name) {
    String problem = problemWithCharacters(name);
    if (problem == null && Character.isDigit(memberName(name).charAt(0))) {
      return "its Java name '" + memberName(name) + "' would start with a digit, as leading underscores are dropped";
    }
    return problem;
  }

  /** Why {@code name} cannot be used verbatim as a Java type or constant name, or null. */
  public static String problemWithVerbatim(String name) {
    String problem = problemWithCharacters(name);
    if (problem == null && RESERVED.contains(name)) {
      return "'" + name + "' is a reserved word in Java";
    }
    return problem;
  }

  /** ASCII letters, digits and '_', no leading digit, at least one letter or digit. */
  private static String problemWithCharacters(String name) {
    if (name.isEmpty()) {
      return "it is empty";
    }
    if (Character.isDigit(name.charAt(0))) {
      return "it starts with a digit";
    }
    if (!IDENTIFIER.matcher(name).matches()) {
      return "it contains characters other than ASCII letters, digits and '_'";
    }
    if (name.chars().allMatch(c -> c == '_')) {
      return "it has no letter or digit";
    }
    return null;
  }

  public static boolean isReserved(String identifier) {
    return RESERVED.contains(identifier);
  }

  /** The Java name of a method, parameter or field: lower camel case, keywords escaped. */
  public static String memberName(String specName) {
    StringBuilder result = new StringBuilder(specName.length());
    for (String part : specName.split("_")) {
      if (part.isEmpty()) {
        continue;
      }
      if (result.length() == 0) {
        result.append(decapitalize(part));
      } else {
        result.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    String name = result.toString();
    return RESERVED.contains(name) ? name + "_" : name;
  }

  /** {@code memberName} with its first letter capitalised, for {@code getX}-style names. */
  public static String capitalizedMemberName(String specName) {
    String member = memberName(specName);
    String bare = member.endsWith("_") ? member.substring(0, member.length() - 1) : member;
    return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
  }

  /**
   * The key under which two type names would clash as {@code .java} files on a case-insensitive
   * file system.
   */
  public static String typeFileKey(String typeName) {
    return typeName.toLowerCase(Locale.ROOT);
  }

  /** Lower-cases a leading run of capitals: {@code URLPath -> urlPath}, {@code VMware -> vmware}, {@code GUID -> guid}. */
  private static String decapitalize(String part) {
    int run = 0;
    while (run < part.length() && Character.isUpperCase(part.charAt(run))) {
      run++;
    }
    if (run == 0) {
      return part;
    }
    if (run <= 2 || run == part.length() || !Character.isLowerCase(part.charAt(run))) {
      // One or two capitals (VMware, IPv6, VMs), all capitals, or capitals then a digit: the
      // whole run is the first word.
      return part.substring(0, run).toLowerCase(Locale.ROOT) + part.substring(run);
    }
    // Three or more capitals then a lower-case letter (URLPath): the last capital starts the next word.
    return part.substring(0, run - 1).toLowerCase(Locale.ROOT) + part.substring(run - 1);
  }
}
