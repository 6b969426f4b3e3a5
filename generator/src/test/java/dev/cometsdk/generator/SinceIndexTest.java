package dev.cometsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The precomputed {@code @since} index against its sources. After a change to since.json or the
 * bundled specs, regenerate the resource by running this test with
 * {@code -Dcomet.updateExpectations=true}.
 */
class SinceIndexTest {
  private static final Path RESOURCE = Path.of("src/main/resources/dev/cometsdk/generator/" + SinceIndex.RESOURCE);

  @Test
  void theBundledIndexIsComputedFromSinceJsonAndEveryBundledSpec() throws IOException {
    String expected = SinceIndex.compute().toTsv();
    if (Boolean.getBoolean("comet.updateExpectations")) {
      Files.writeString(RESOURCE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(RESOURCE, StandardCharsets.UTF_8),
        RESOURCE + " is out of date; regenerate it (see this test's javadoc)");
    assertEquals(expected, SinceIndex.bundled().toTsv(), "the resource on the class path reads back the same");
  }

  @Test
  void theIndexDatesEveryKindOfName() {
    String tsv = SinceIndex.bundled().toTsv();
    for (String kind : new String[] {"method", "param", "type", "field", "constant"}) {
      assertTrue(tsv.contains("\n" + kind + "\t") || tsv.startsWith(kind + "\t"), kind);
    }
    // since.json dates AdminListUsers back to 18.8.1, before the oldest bundled spec.
    assertTrue(tsv.contains("\nmethod\tAdminListUsers\t18.8.1\n"), "AdminListUsers");
  }

  @Test
  void aDamagedLineIsNamed() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> SinceIndex.fromTsv("method\tA\t1.2.3\nfield\tB.C\n"));
    assertEquals(SinceIndex.RESOURCE + " line 2 is not 'kind TAB key TAB version': field\tB.C", error.getMessage());
  }
}
