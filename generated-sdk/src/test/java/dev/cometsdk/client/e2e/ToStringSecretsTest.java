package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code toString()} of data classes and request objects never prints a secret, and prints every
 * other text, so that the check cannot pass by printing nothing. Every string is unique and names
 * its field ({@code secret-<Field>-<n>!}); a field is a secret by the generator's documented rule:
 * a text (or list of texts) whose name contains password, passwd, passphrase, secret, totp, token,
 * recovery or privatekey, or ends with Key or Pass.
 */
class ToStringSecretsTest {
  private static final ApiSpec SPEC = BundledSpecs.catalog().loadNewest();
  private static final Pattern SECRET_WORD =
      Pattern.compile("password|passwd|passphrase|secret|totp|token|recovery|privatekey");

  static boolean isSecretName(String name) {
    return SECRET_WORD.matcher(name.toLowerCase(Locale.ROOT)).find() || name.endsWith("Key") || name.endsWith("Pass");
  }

  /** Marked strings, sorted into those that must be hidden and those that must show. */
  private static final class Marked implements SyntheticJson.Strings {
    final List<String> secret = new ArrayList<>();
    final List<String> shown = new ArrayList<>();
    private int count;

    @Override
    public String next(SyntheticJson.Label label) {
      String value = "secret-" + label.name() + "-" + (++count) + "!";
      (label.text() && isSecretName(label.name()) ? secret : shown).add(value);
      return value;
    }

    void check(String what, String printed) {
      for (String value : secret) {
        assertFalse(printed.contains(value), () -> what + ".toString() prints the secret " + value + ": " + printed);
      }
      for (String value : shown) {
        assertTrue(printed.contains(value), () -> what + ".toString() does not print " + value + ": " + printed);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> structsHideSecretsAndShowTheRest() {
    return SPEC.types().stream()
        .filter(type -> type instanceof TypeDeclaration.Struct)
        .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
          Marked strings = new Marked();
          JsonNode json = SyntheticJson.of(SPEC, 2, strings).value(new TypeRef.NamedType(type.name()));
          Object object = CometJson.mapper().treeToValue(json, ApiCalls.modelClass(type.name()));
          strings.check(type.name(), object.toString());
        }));
  }

  @TestFactory
  Stream<DynamicTest> requestObjectsHideSecretsAndShowTheRest() {
    return SPEC.methods().stream()
        .filter(ApiCalls::hasOptional)
        .map(method -> DynamicTest.dynamicTest(method.name(), () -> {
          Marked strings = new Marked();
          ApiCalls.Prepared call = ApiCalls.everyParameter(SPEC, method, SyntheticJson.of(SPEC, 2, strings));
          strings.check(method.name() + "Request", call.arguments()[0].toString());
        }));
  }

  /** The rule has teeth: these classes do have secrets, and the test found them. */
  @Test
  void theCheckedClassesDoHaveSecrets() {
    for (String type : List.of("UserProfileConfig", "DestinationLocation", "AllowedAdminUser", "SSHConnection")) {
      Marked strings = new Marked();
      SyntheticJson.of(SPEC, 2, strings).value(new TypeRef.NamedType(type));
      assertFalse(strings.secret.isEmpty(), type + " has secret fields");
    }
    for (String name : List.of("AdminAddUser", "AdminResetUserPassword")) {
      ApiMethod method = SPEC.method(name).orElseThrow();
      Marked strings = new Marked();
      ApiCalls.everyParameter(SPEC, method, SyntheticJson.of(SPEC, 2, strings));
      assertFalse(strings.secret.isEmpty(), name + " has a secret parameter");
      String printed = ApiCalls.everyParameter(SPEC, method, SyntheticJson.of(SPEC, 2, new Marked()))
          .arguments()[0].toString();
      assertTrue(printed.contains("Password=(redacted)"), printed);
    }
  }
}
