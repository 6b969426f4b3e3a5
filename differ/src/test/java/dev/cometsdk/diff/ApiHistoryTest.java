package dev.cometsdk.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/api-history.md must be what the differ says about the bundled specs. After a change to the
 * specs or the rules, rewrite it by running this test with {@code -Dcomet.updateExpectations=true}:
 * {@code mvn -B -pl differ -am test -Dtest=ApiHistoryTest -Dsurefire.failIfNoSpecifiedTests=false -Dcomet.updateExpectations=true}.
 */
class ApiHistoryTest {
  private static final Path DOCUMENT = Path.of("../docs/api-history.md");

  @Test
  void apiHistoryDocumentIsInSyncWithTheBundledSpecs() throws IOException {
    String expected = ApiHistory.render(BundledSpecs.catalog());
    if (Boolean.getBoolean("comet.updateExpectations")) {
      Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(DOCUMENT, StandardCharsets.UTF_8),
        "docs/api-history.md is out of date; regenerate it (see this test's javadoc)");
  }
}
