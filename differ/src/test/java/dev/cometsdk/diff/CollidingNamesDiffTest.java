package dev.cometsdk.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cometsdk.generator.CollisionKinds;
import dev.cometsdk.generator.SpecEdits;
import dev.cometsdk.spec.ApiSpec;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server version that adds a name which collides in Java with one that was there is, for the
 * differ, only an addition: no rename, nothing that breaks a Java user, because the naming
 * component keeps the older name's Java name and gives the new one another.
 */
class CollidingNamesDiffTest {
  /** The rules that report additions; anything else would mean that something existing changed. */
  private static final Set<String> ADDITIONS = Set.of("method-added", "type-added", "field-added", "constant-added");

  static Stream<CollisionKinds> kinds() {
    return CollisionKinds.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void addingACollidingNameIsOnlyAnAddition(CollisionKinds kind) {
    SpecEdits older = kind.before().apply(SpecEdits.newestBundled().version("25.6.8"));
    ApiSpec before = older.load();
    ApiSpec after = kind.colliding().apply(older.copy().version("25.9.6")).load();
    DiffResult result = SpecDiffer.compare(before, after, Suppressions.none());
    assertFalse(result.changes().isEmpty(), "the later version adds something");
    List<String> others = result.changes().stream()
        .filter(change -> !ADDITIONS.contains(change.rule()) && !change.rule().equals("version-metadata-changed"))
        .map(change -> change.rule() + " " + change.subject())
        .collect(Collectors.toList());
    assertEquals(List.of(), others, "changes other than additions");
    List<String> javaBreaks = result.changes().stream().filter(change -> change.verdicts().breaksJava())
        .map(change -> change.rule() + " " + change.subject()).collect(Collectors.toList());
    assertEquals(List.of(), javaBreaks, "changes that break Java code");
  }
}
