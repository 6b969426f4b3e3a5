package dev.cometsdk.run;

import dev.cometsdk.diff.Change;
import dev.cometsdk.diff.ChangeSeverity;
import dev.cometsdk.diff.DiffResult;
import dev.cometsdk.generator.Rename;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link GenerateRun} did, for every front end alike: the CLI prints {@link #lines()}, the
 * Maven plugin logs them, so that both say the same words.
 *
 * @param spec how the spec is named ({@code bundled Comet Server 25.6.8} or the file)
 * @param outputFolder how the output folder is named
 * @param files how many files the generation has (for an up-to-date run, how many it had)
 * @param written how many of them this run wrote (new or changed); the others were already there
 * @param removed how many files of an earlier generation this run removed
 * @param gate the upgrade gate's diff, when a lock file named another spec
 * @param lockUpdate the lock file this run created or moved on, if any
 * @param renames the spec's names whose Java name had to differ from the usual one; known only when
 *     the run generated
 * @param warnings anything else the user should know (another owner of the folder, an upgrade that
 *     could not be checked)
 * @param refusal why the run stopped without writing anything, for {@link Outcome#REFUSED}
 */
public record GenerateReport(Outcome outcome, String spec, String outputFolder, int files, int written, int removed,
    Optional<Gate> gate, Optional<LockUpdate> lockUpdate, List<Rename> renames, List<String> warnings,
    Optional<String> refusal) {

  private static final int BREAKS_LISTED = 20;

  /** What a run did. */
  public enum Outcome {
    /** The folder already held this generation; nothing was written. */
    UP_TO_DATE,
    /** The client was generated (unchanged files were left as they were). */
    GENERATED,
    /** The upgrade gate found breaking changes that are not accepted; nothing was generated. */
    REFUSED
  }

  /**
   * The upgrade gate: the diff from the locked spec to this one, and where its reports are.
   *
   * @param reports the report files, the text report first
   */
  public record Gate(DiffResult diff, Path reportDirectory, List<Path> reports) {
    public Gate {
      Objects.requireNonNull(diff, "diff");
      Objects.requireNonNull(reportDirectory, "reportDirectory");
      reports = List.copyOf(reports);
    }

    /** The breaking changes that are not accepted. */
    public List<Change> breaking() {
      return diff.changes().stream().filter(change -> change.effectiveSeverity() == ChangeSeverity.BREAKING).toList();
    }
  }

  /** A lock file this run wrote: created, or updated to another spec. */
  public record LockUpdate(Path path, boolean created, String serverVersion) {}

  /** One line of the report; a warning is logged or printed as one. */
  public record Line(boolean warning, String text) {}

  public GenerateReport {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(outputFolder, "outputFolder");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(lockUpdate, "lockUpdate");
    renames = List.copyOf(renames);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(refusal, "refusal");
  }

  /** How many files of the generation were already there as this run would have written them. */
  public int unchanged() {
    return files - written;
  }

  /**
   * The report as the front ends show it, in order. Plain loops rather than lambdas: an up-to-date
   * Maven build runs this in a fresh JVM, where each lambda costs a class to spin.
   */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    for (String warning : warnings) {
      lines.add(new Line(true, warning));
    }
    if (gate.isPresent()) {
      addGateLines(gate.get(), lines);
    }
    for (Rename rename : renames) {
      lines.add(new Line(true, rename.message()));
    }
    if (lockUpdate.isPresent()) {
      LockUpdate update = lockUpdate.get();
      lines.add(new Line(false, (update.created() ? "Created " : "Updated ") + update.path() + ": Comet Server "
          + update.serverVersion()));
    }
    if (outcome == Outcome.UP_TO_DATE) {
      lines.add(new Line(false, "Comet client up to date (" + spec + ", " + files + " files in " + outputFolder + ")"));
    } else if (outcome == Outcome.GENERATED) {
      lines.add(new Line(false, "Generated the Comet client for " + spec + ": " + files + " files (" + written
          + " written" + (unchanged() > 0 ? ", " + unchanged() + " unchanged" : "")
          + (removed > 0 ? ", " + removed + " stale removed" : "") + ") in " + outputFolder));
    }
    return lines;
  }

  /** Sends {@link #lines()} to {@code log}. */
  public void logTo(BuildLog log) {
    for (Line line : lines()) {
      if (line.warning()) {
        log.warn(line.text());
      } else {
        log.info(line.text());
      }
    }
  }

  private static void addGateLines(Gate gate, List<Line> lines) {
    DiffResult result = gate.diff();
    lines.add(new Line(false, "Comet API upgrade " + result.from() + " -> " + result.to() + ": "
        + result.changes().size() + " changes, " + result.count(ChangeSeverity.BREAKING) + " breaking, "
        + result.count(ChangeSeverity.WARNING) + " warnings, " + result.acceptedCount() + " accepted; SDK bump "
        + result.suggestedBump().label() + "; reports in " + gate.reportDirectory()));
    result.unmatchedSuppressions().forEach(entry -> lines.add(new Line(true, "Suppression matches no change: "
        + entry.rule() + " " + entry.subject())));
    List<Change> breaking = gate.breaking();
    breaking.stream().limit(BREAKS_LISTED).forEach(change -> lines.add(new Line(true, "  breaking: " + change.rule()
        + " " + change.subject() + ": " + change.description())));
    if (breaking.size() > BREAKS_LISTED) {
      lines.add(new Line(true, "  ... and " + (breaking.size() - BREAKS_LISTED)
          + " more breaking changes (see the reports)"));
    }
  }
}
