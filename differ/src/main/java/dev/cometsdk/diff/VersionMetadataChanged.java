package dev.cometsdk.diff;

import dev.cometsdk.spec.Constant;
import java.util.List;
import java.util.Set;

/** The version constants that change with every release: information, never a break. */
final class VersionMetadataChanged extends DiffRule {
  private static final Set<String> VERSION_METADATA = Set.of("APPLICATION_VERSION", "APPLICATION_VERSION_MAJOR",
      "APPLICATION_VERSION_MINOR", "APPLICATION_VERSION_REVISION", "RELEASE_CODENAME");

  VersionMetadataChanged() {
    super("version-metadata-changed", Area.VERSION);
  }

  static boolean isVersionMetadata(String constantName) {
    return VERSION_METADATA.contains(constantName);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<Constant> pair : context.commonConstants()) {
      if (isVersionMetadata(pair.after().name()) && !pair.before().value().equals(pair.after().value())) {
        changes.add(change(pair.after().name(), pair.before().value().toJson(), pair.after().value().toJson(),
            Verdicts.ALL_COMPATIBLE, ChangeSeverity.INFO, "release metadata", List.of()));
      }
    }
  }
}
