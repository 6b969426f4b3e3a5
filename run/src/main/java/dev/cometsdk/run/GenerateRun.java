package dev.cometsdk.run;

import dev.cometsdk.diff.ChangeSeverity;
import dev.cometsdk.diff.Change;
import dev.cometsdk.diff.DiffResult;
import dev.cometsdk.diff.SpecDiffer;
import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.generator.CometGenerator;
import dev.cometsdk.generator.GeneratedFile;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.GeneratorVersion;
import dev.cometsdk.generator.SourceWriter;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One generation as a build tool runs it: check the upgrade gate against the lock file, generate
 * the client unless the output is already up to date, remove stale files, and update the lock.
 * The Maven plugin is a thin wrapper around this class; everything it decides is decided here.
 */
public final class GenerateRun {
  private static final int BREAKS_LOGGED = 20;

  private final GenerateRequest request;
  private final BuildLog log;

  public GenerateRun(GenerateRequest request, BuildLog log) {
    this.request = Objects.requireNonNull(request);
    this.log = Objects.requireNonNull(log);
  }

  /** What a run did. */
  public enum Outcome { UP_TO_DATE, GENERATED }

  /**
   * Runs the gate and the generation.
   *
   * @throws BuildException with a message for the user: an unknown version, an invalid spec, a
   *     breaking upgrade that is not accepted, or a file that cannot be written
   */
  public Outcome execute() throws BuildException {
    Optional<OutputManifest> previous = OutputManifest.read(request.outputDirectory());
    Optional<String> fingerprint = request.source().fingerprint();
    if (fingerprint.isPresent() && previous.isPresent() && unchanged(previous.get(), fingerprint.get())) {
      logUpToDate(previous.get().spec().description(), previous.get());
      return Outcome.UP_TO_DATE;
    }

    Optional<LockFile> lock = request.lockFile().isPresent() ? LockFile.read(request.lockFile().get()) : Optional.empty();
    SpecSource.Resolved spec = request.source().resolve();
    ApiSpec loaded = null;
    if (lock.isPresent() && !lock.get().sha256().equals(spec.sha256())) {
      loaded = spec.load();
      gate(lock.get(), loaded);
    }
    String stamp = stamp(spec.sha256());
    boolean upToDate = previous.isPresent() && previous.get().stamp().equals(stamp)
        && previous.get().filesPresent(request.outputDirectory());
    if (upToDate) {
      logUpToDate(spec.description(), previous.get());
      writeLockIfNeeded(lock, spec, loaded);
      // Same output, found through a new spec jar or lock file: record them, so that the next build is quick.
      OutputManifest refreshed = previous.get().withFingerprints(fingerprint.orElse(""), lockFingerprint());
      if (!refreshed.equals(previous.get())) {
        writeManifest(refreshed);
      }
      return Outcome.UP_TO_DATE;
    }
    if (loaded == null) {
      loaded = spec.load();
    }
    List<GeneratedFile> files = new CometGenerator().generate(loaded, request.options());
    int written;
    int removed;
    try {
      written = SourceWriter.write(request.outputDirectory(), files);
      removed = removeStale(previous, files);
    } catch (IOException e) {
      throw new BuildException("Cannot write the generated client to " + request.outputDirectory() + ": " + e, e);
    }
    // The lock first, so that the manifest records the lock file as this run leaves it.
    writeLockIfNeeded(lock, spec, loaded);
    List<String> paths = files.stream().map(GeneratedFile::relativePath).collect(Collectors.toList());
    writeManifest(new OutputManifest(stamp, paths,
        new OutputManifest.SpecRecord(fingerprint.orElse(""), spec.sha256(), spec.description()), lockFingerprint()));
    log.info("Generated the Comet client for " + spec.description() + ": " + files.size() + " files ("
        + written + " written" + (removed > 0 ? ", " + removed + " stale removed" : "") + ") in "
        + request.outputDirectory());
    return Outcome.GENERATED;
  }

  /**
   * Whether the previous output is current without reading the spec or the lock file at all: the
   * spec comes from where it came from then (so its hash is the recorded one), the lock file (if
   * one is used) is the one that run left (so it names that hash), the stamp over that hash and
   * today's options and generator matches, and every file is there. Anything else takes the full
   * path, which decides the same from the files' contents.
   */
  private boolean unchanged(OutputManifest previous, String fingerprint) {
    String sha256 = previous.spec().sha256();
    if (sha256.isEmpty() || !fingerprint.equals(previous.spec().fingerprint())) {
      return false;
    }
    boolean lockAgrees = request.lockFile().isEmpty()
        || (!previous.lockFingerprint().isEmpty() && previous.lockFingerprint().equals(lockFingerprint()));
    return lockAgrees && previous.stamp().equals(stamp(sha256)) && previous.filesPresent(request.outputDirectory());
  }

  /** The lock file's fingerprint; empty when none is used or it does not exist. */
  private String lockFingerprint() {
    return request.lockFile().flatMap(Fingerprints::ofFile).orElse("");
  }

  private void logUpToDate(String description, OutputManifest previous) {
    log.info("Comet client up to date (" + description + ", " + previous.files().size() + " files in "
        + request.outputDirectory() + ")");
  }

  private void writeManifest(OutputManifest manifest) throws BuildException {
    try {
      manifest.write(request.outputDirectory());
    } catch (IOException e) {
      Path path = request.outputDirectory().resolve(OutputManifest.FILE_NAME);
      throw new BuildException("Cannot write " + path + ": " + e, e);
    }
  }

  /**
   * The generation's identity: what was generated (the spec's hash), how, and by which generator.
   * Plain text, so that checking it hashes nothing.
   */
  private String stamp(String specSha256) {
    GeneratorOptions options = request.options();
    return "spec " + specSha256 + ", package " + options.packageName() + ", client " + options.clientName()
        + ", generator " + generatorIdentity();
  }

  /**
   * The generator's version; for a snapshot, whose code changes under the same version, also
   * which build of it this is, so that a rebuilt snapshot generator regenerates the client.
   */
  static String generatorIdentity() {
    String version = GeneratorVersion.get();
    if (!version.endsWith("-SNAPSHOT") && !version.equals("dev")) {
      return version;
    }
    Optional<String> build = Fingerprints.ofCode(CometGenerator.class);
    // An unidentifiable snapshot build never counts as the previous one.
    return version + " " + build.orElse("unidentified build " + System.nanoTime());
  }

  private void gate(LockFile lock, ApiSpec target) throws BuildException {
    Optional<ApiSpec> locked = lockedSpec(lock);
    if (locked.isEmpty()) {
      log.warn("The lock file names Comet Server " + lock.serverVersion() + " with a spec that is not bundled, so"
          + " the upgrade to " + target.serverVersion() + " cannot be checked; generating without the gate");
      return;
    }
    DiffResult result = SpecDiffer.compare(locked.get(), target, request.suppressions());
    List<Path> reports = DiffReports.write(result, request.reportDirectory());
    log.info("Comet API upgrade " + result.from() + " -> " + result.to() + ": " + result.changes().size()
        + " changes, " + result.count(ChangeSeverity.BREAKING) + " breaking, " + result.count(ChangeSeverity.WARNING)
        + " warnings, " + result.acceptedCount() + " accepted; SDK bump " + result.suggestedBump().label()
        + "; reports in " + request.reportDirectory());
    result.unmatchedSuppressions().forEach(entry -> log.warn("Suppression matches no change: " + entry.rule() + " "
        + entry.subject()));
    List<Change> breaking = result.changes().stream()
        .filter(change -> change.effectiveSeverity() == ChangeSeverity.BREAKING).collect(Collectors.toList());
    breaking.stream().limit(BREAKS_LOGGED).forEach(change -> log.warn("  breaking: " + change.rule() + " "
        + change.subject() + ": " + change.description()));
    if (breaking.size() > BREAKS_LOGGED) {
      log.warn("  ... and " + (breaking.size() - BREAKS_LOGGED) + " more breaking changes (see the reports)");
    }
    if (!breaking.isEmpty() && request.failOnBreaking()) {
      Change first = breaking.get(0);
      throw new BuildException("The Comet API upgrade " + result.from() + " -> " + result.to() + " has "
          + breaking.size() + " breaking change" + (breaking.size() == 1 ? "" : "s") + ", first "
          + first.rule() + " " + first.subject() + ". Read " + reports.get(0) + ", then accept each break in the"
          + " suppressions file (rule, subject and reason) or set failOnBreaking to false.");
    }
  }

  /** The spec the lock names: a bundled version whose content has the locked hash. */
  private static Optional<ApiSpec> lockedSpec(LockFile lock) {
    BundledSpecs catalog = BundledSpecs.catalog();
    return catalog.versions().stream()
        .filter(entry -> entry.version().toString().equals(lock.serverVersion()))
        .filter(entry -> SpecSource.sha256(catalog.content(entry)).equals(lock.sha256()))
        .findFirst()
        .map(catalog::load);
  }

  private void writeLockIfNeeded(Optional<LockFile> lock, SpecSource.Resolved spec, ApiSpec loaded)
      throws BuildException {
    if (request.lockFile().isEmpty()) {
      return;
    }
    if (lock.isPresent() && lock.get().sha256().equals(spec.sha256())) {
      return;
    }
    Path path = request.lockFile().get();
    String version = loaded != null ? loaded.serverVersion().toString() : spec.load().serverVersion().toString();
    try {
      new LockFile(version, spec.sha256(), spec.isBundled() ? "bundled" : "file").write(path);
    } catch (IOException e) {
      throw new BuildException("Cannot write the lock file " + path + ": " + e, e);
    }
    log.info((lock.isPresent() ? "Updated " : "Created ") + path + ": Comet Server " + version);
  }

  /** Deletes files the previous run generated that this run did not, and folders left empty. */
  private int removeStale(Optional<OutputManifest> previous, List<GeneratedFile> files) throws IOException {
    if (previous.isEmpty()) {
      return 0;
    }
    Set<String> current = new HashSet<>();
    files.forEach(file -> current.add(file.relativePath()));
    int removed = 0;
    for (String old : previous.get().files()) {
      if (current.contains(old)) {
        continue;
      }
      Path stale = request.outputDirectory().resolve(old).normalize();
      if (!stale.startsWith(request.outputDirectory().normalize())) {
        continue;
      }
      if (Files.deleteIfExists(stale)) {
        removed++;
        for (Path folder = stale.getParent(); folder != null && !folder.equals(request.outputDirectory())
            && isEmptyFolder(folder); folder = folder.getParent()) {
          Files.delete(folder);
        }
      }
    }
    return removed;
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
