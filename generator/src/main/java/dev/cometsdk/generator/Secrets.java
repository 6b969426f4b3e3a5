package dev.cometsdk.generator;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which fields and parameters hold secrets, so that {@code toString} never prints them.
 *
 * <p>The rule errs on the side of hiding: a text (string, bytes, or a list of strings) whose SDK
 * name contains {@code password}, {@code passwd}, {@code passphrase}, {@code secret},
 * {@code totp}, {@code token}, {@code recovery} or {@code privatekey} (any case), or ends with
 * {@code Key} or {@code Pass}. So {@code Password}, {@code SFTPPrivateKey}, {@code S3SecretKey},
 * {@code TOTPKey}, {@code AuthToken}, {@code SessionKey}, {@code APIKey}, {@code AppleIDPass} and
 * {@code EncryptionKey} are hidden, while {@code KeyID}, {@code PasswordFormat} (a number) and
 * {@code SslKeyFile} (a path) are printed. Unknown fields are printed by name only.
 */
final class Secrets {
  private static final Pattern SECRET_WORD =
      Pattern.compile("password|passwd|passphrase|secret|totp|token|recovery|privatekey");

  private Secrets() {}

  /** Whether a value named {@code specName} whose Java type is a text is a secret. */
  static boolean isSecretName(String specName) {
    String lower = specName.toLowerCase(Locale.ROOT);
    return SECRET_WORD.matcher(lower).find() || specName.endsWith("Key") || specName.endsWith("Pass");
  }

  /** What {@code toString} prints instead of a secret's value. */
  static final String REDACTED = "(redacted)";
}
