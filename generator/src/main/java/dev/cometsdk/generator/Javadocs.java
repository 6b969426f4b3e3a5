package dev.cometsdk.generator;

import com.palantir.javapoet.CodeBlock;
import dev.cometsdk.spec.ServerVersion;
import java.util.Optional;

/** Pieces of javadoc shared by the generators. All text here is the project's own. */
final class Javadocs {
  private Javadocs() {}

  /** The {@code @since} line: the server version, or the spec's own version when unknown. */
  static String since(Optional<ServerVersion> known, ServerVersion specVersion) {
    return "@since Comet Server " + known.orElse(specVersion) + "\n";
  }

  /** Escapes text for javadoc (HTML specials, {@code @}, comment ends); pass the result with {@code $L}. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("*/", "*&#47;");
  }

  /** {@code {@code text}} with the text made safe for javadoc. */
  static String code(String text) {
    return "{@code " + escape(text) + "}";
  }

  /** The {@code @deprecated} paragraph for an element marked deprecated in the spec. */
  static String deprecated(String since) {
    boolean versionLike = since.matches("\\d+\\.[\\dx]+\\.[\\dx]+");
    return "@deprecated Marked deprecated by Comet" + (versionLike ? " since server " + escape(since) : " (" + escape(since) + ")")
        + "; kept so that existing code keeps compiling.\n";
  }

  static CodeBlock block(String text) {
    return CodeBlock.of("$L", text);
  }
}
