package dev.cometsdk.run;

import dev.cometsdk.diff.DiffResult;
import dev.cometsdk.diff.SpecDiffer;
import dev.cometsdk.generator.CometGenerator;
import dev.cometsdk.generator.GeneratedFile;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.GeneratorVersion;
import dev.cometsdk.generator.Rename;
import dev.cometsdk.run.GenerateReport.Gate;
import dev.cometsdk.run.GenerateReport.LockUpdate;
import dev.cometsdk.run.GenerateReport.Outcome;
import dev.cometsdk.run.OutputManifest.State;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One generation, as every front end runs it (the CLI's {@code comet generate}, the Maven goal
 * {@code comet:generate} and so the SDK's own build): check the upgrade gate against the lock file,
 * generate the client unless the output folder already holds it, write what changed, remove what
 * is no longer generated, and update the lock file. Everything is decided here; the front ends
 * turn their options into a {@link GenerateRequest} and show the {@link GenerateReport}.
 *
 * <p>The run owns its output folder through its manifest ({@link OutputManifest}): it writes and
 * removes only the files the manifest lists, and refuses to replace a file that it did not write.
 * A generation goes in this order, so that a run killed at any point leaves a folder the next run
 * neither takes for up to date nor leaves stale files in:
 * <ol>
 *   <li>the manifest is replaced by an incomplete one that lists the previous generation's files
 *       and the new one's;
 *   <li>the new and changed files are written (each atomically), unchanged files are left alone;
 *   <li>the previous generation's files that are no longer generated are removed;
 *   <li>the lock file is written, and the complete manifest last.
 * </ol>
 */
public final class GenerateRun {
  private final GenerateRequest request;
  private final OutputFolder folder;

  /** A run that writes to {@link GenerateRequest#outputDirectory()} on disk. */
  public GenerateRun(GenerateRequest request) {
    this(request, new DiskOutputFolder(request.outputDirectory()));
  }

  /** A run that writes to {@code folder}, which stands for the request's output directory. */
  public GenerateRun(GenerateRequest request, OutputFolder folder) {
    this.request = Objects.requireNonNull(request);
    this.folder = Objects.requireNonNull(folder);
  }

  /**
   * Runs the gate and the generation.
   *
   * @return what the run did; {@link Outcome#REFUSED} when the gate stops it
   * @throws BuildException with a message for the user: an unknown version, an invalid spec, a
   *     file in the way that the run did not write, or a file that cannot be read or written
   */
  public GenerateReport execute() throws BuildException {
    Optional<OutputManifest> previous = OutputManifest.read(folder);
    Optional<String> fingerprint = request.source().fingerprint();
    if (fingerprint.isPresent() && previous.isPresent() && unchanged(previous.get(), fingerprint.get())) {
      return upToDate(previous.get().spec().description(), previous.get(), Optional.empty(), Optional.empty(),
          List.of());
    }

    List<String> warnings = new ArrayList<>();
    ownerWarning(previous).ifPresent(warnings::add);
    Optional<LockFile> lock = request.lockFile().isPresent() ? LockFile.read(request.lockFile().get()) : Optional.empty();
    SpecSource.Resolved spec = request.source().resolve();
    ApiSpec loaded = null;
    Optional<Gate> gate = Optional.empty();
    if (lock.isPresent() && !lock.get().sha256().equals(spec.sha256())) {
      loaded = spec.load();
      Optional<ApiSpec> locked = lockedSpec(lock.get());
      if (locked.isEmpty()) {
        warnings.add("The lock file names Comet Server " + lock.get().serverVersion() + " with a spec that is not"
            + " bundled, so the upgrade to " + loaded.serverVersion() + " cannot be checked; generating without the"
            + " gate");
      } else {
        gate = Optional.of(gate(locked.get(), loaded));
        if (!gate.get().breaking().isEmpty() && request.failOnBreaking()) {
          return new GenerateReport(Outcome.REFUSED, spec.description(), folder.location(), 0, 0, 0, gate,
              Optional.empty(), List.of(), warnings, Optional.of(refusal(gate.get())));
        }
      }
    }
    String stamp = stamp(spec.sha256());
    if (previous.isPresent() && previous.get().isComplete() && previous.get().stamp().equals(stamp)
        && previous.get().filesPresent(folder)) {
      Optional<LockUpdate> lockUpdate = writeLockIfNeeded(lock, spec, loaded);
      // Same output, found through a new spec jar, lock file or owner: record them, so that the next build is quick.
      OutputManifest refreshed = previous.get().refreshed(request.owner(), fingerprint.orElse(""), lockFingerprint());
      if (!refreshed.equals(previous.get())) {
        writeManifest(refreshed);
      }
      return upToDate(spec.description(), previous.get(), gate, lockUpdate, warnings);
    }

    if (loaded == null) {
      loaded = spec.load();
    }
    CometGenerator generator = new CometGenerator();
    List<GeneratedFile> files = generator.generate(loaded, request.options());
    List<Rename> renames = generator.symbols(loaded, request.options()).renames();
    Changes changes = plan(previous, files);
    List<String> paths = new ArrayList<>();
    for (GeneratedFile file : files) {
      paths.add(file.relativePath());
    }
    int removed = apply(previous, changes, paths);
    // The lock before the manifest, so that the manifest records the lock file as this run leaves it.
    Optional<LockUpdate> lockUpdate = writeLockIfNeeded(lock, spec, loaded);
    writeManifest(OutputManifest.complete(request.owner(), stamp, paths,
        new OutputManifest.SpecRecord(fingerprint.orElse(""), spec.sha256(), spec.description()), lockFingerprint()));
    return new GenerateReport(Outcome.GENERATED, spec.description(), folder.location(), files.size(),
        changes.toWrite().size(), removed, gate, lockUpdate, renames, warnings, Optional.empty());
  }

  private GenerateReport upToDate(String description, OutputManifest previous, Optional<Gate> gate,
      Optional<LockUpdate> lockUpdate, List<String> warnings) {
    // A run killed while it wrote its first manifest changed nothing else, but left the manifest's temporary file.
    try {
      folder.discardUnfinishedWrite(OutputManifest.FILE_NAME);
    } catch (IOException e) {
      // Harmless: the next manifest written replaces it.
    }
    int files = previous.files().size();
    return new GenerateReport(Outcome.UP_TO_DATE, description, folder.location(), files, 0, 0, gate, lockUpdate,
        List.of(), warnings, Optional.empty());
  }

  /**
   * Whether the previous output is current without reading the spec or the lock file at all: the
   * last run finished, for the same owner; the spec comes from where it came from then (so its
   * hash is the recorded one); the lock file (if one is used) is the one that run left (so it
   * names that hash); the stamp over that hash and today's options and generator matches; and
   * every file is there. Anything else takes the full path, which decides the same from the
   * files' contents.
   */
  private boolean unchanged(OutputManifest previous, String fingerprint) {
    String sha256 = previous.spec().sha256();
    if (!previous.isComplete() || !previous.owner().equals(request.owner()) || sha256.isEmpty()
        || !fingerprint.equals(previous.spec().fingerprint())) {
      return false;
    }
    boolean lockAgrees = request.lockFile().isEmpty()
        || (!previous.lockFingerprint().isEmpty() && previous.lockFingerprint().equals(lockFingerprint()));
    return lockAgrees && previous.stamp().equals(stamp(sha256)) && previous.filesPresent(folder);
  }

  /** A warning when the folder was generated by someone else until now (another execution, say). */
  private Optional<String> ownerWarning(Optional<OutputManifest> previous) {
    if (previous.isEmpty() || previous.get().owner().isEmpty() || request.owner().isEmpty()
        || previous.get().owner().equals(request.owner())) {
      return Optional.empty();
    }
    return Optional.of("The output folder " + folder.location() + " was last generated by "
        + previous.get().owner() + ", now by " + request.owner() + ". If that is a renamed or moved execution,"
        + " all is well; if both still run, give each its own outputDirectory, or each removes the other's files.");
  }

  /** The lock file's fingerprint; empty when none is used or it does not exist. */
  private String lockFingerprint() {
    return request.lockFile().flatMap(Fingerprints::ofFile).orElse("");
  }

  private void writeManifest(OutputManifest manifest) throws BuildException {
    try {
      manifest.write(folder);
    } catch (IOException e) {
      throw BuildException.of("Cannot write " + folder.location(OutputManifest.FILE_NAME), e);
    }
  }

  /** What a generation changes in the folder. */
  private record Changes(List<GeneratedFile> toWrite, List<String> stale) {}

  /**
   * Compares the generation with the folder: which files are new or changed, and which files of
   * the previous generation are no longer generated. Reads only.
   *
   * @throws BuildException when a file is in the way that the run did not write
   */
  private Changes plan(Optional<OutputManifest> previous, List<GeneratedFile> files) throws BuildException {
    Set<String> owned = previous.isPresent() ? new LinkedHashSet<>(previous.get().files()) : Set.of();
    List<GeneratedFile> toWrite = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    Set<String> current = new LinkedHashSet<>();
    try {
      for (GeneratedFile file : files) {
        current.add(file.relativePath());
        Optional<byte[]> existing = folder.read(file.relativePath());
        if (existing.isEmpty()) {
          toWrite.add(file);
        } else if (!Arrays.equals(existing.get(), file.content().getBytes(StandardCharsets.UTF_8))) {
          if (owned.contains(file.relativePath())) {
            toWrite.add(file);
          } else {
            foreign.add(file.relativePath());
          }
        }
      }
    } catch (IOException e) {
      throw BuildException.of("Cannot read the output folder " + folder.location(), e);
    }
    if (!foreign.isEmpty()) {
      throw new BuildException("Cannot generate the Comet client into " + folder.location() + ": "
          + folder.location(foreign.get(0)) + (foreign.size() > 1 ? " and " + (foreign.size() - 1) + " more files" : "")
          + " would be overwritten, and no earlier generation there wrote "
          + (foreign.size() > 1 ? "them" : "it") + " (" + folder.location(OutputManifest.FILE_NAME)
          + " does not list " + (foreign.size() > 1 ? "them" : "it") + "). Move or delete "
          + (foreign.size() > 1 ? "them" : "it") + " (or the whole folder, if nothing in it is yours),"
          + " or generate into another folder.");
    }
    List<String> stale = new ArrayList<>();
    for (String old : owned) {
      if (!current.contains(old)) {
        stale.add(old);
      }
    }
    return new Changes(toWrite, stale);
  }

  /**
   * Writes the changes: first an incomplete manifest listing every file this run may leave (the
   * previous generation's and the new one's), then the files, then the stale files' removal.
   *
   * @return how many stale files were removed
   */
  private int apply(Optional<OutputManifest> previous, Changes changes, List<String> paths) throws BuildException {
    Set<String> owned = new LinkedHashSet<>(paths);
    previous.ifPresent(manifest -> owned.addAll(manifest.files()));
    boolean interrupted = previous.isPresent() && previous.get().state() == State.INCOMPLETE;
    if (!changes.toWrite().isEmpty() || !changes.stale().isEmpty()) {
      writeManifest(OutputManifest.incomplete(request.owner(), new ArrayList<>(owned)));
    }
    String current = "";
    try {
      for (GeneratedFile file : changes.toWrite()) {
        current = file.relativePath();
        folder.write(current, file.content().getBytes(StandardCharsets.UTF_8));
      }
      int removed = 0;
      for (String stale : changes.stale()) {
        current = stale;
        if (folder.delete(stale)) {
          removed++;
        }
      }
      // A run killed while writing may have left a temporary file next to any file it listed.
      if (interrupted) {
        for (String file : previous.get().files()) {
          current = file;
          folder.discardUnfinishedWrite(file);
        }
      }
      return removed;
    } catch (IOException e) {
      throw BuildException.of("Cannot write the generated client to " + folder.location() + " ("
          + folder.location(current) + ")", e);
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

  /** Diffs the locked spec against the target and writes the reports. */
  private Gate gate(ApiSpec locked, ApiSpec target) throws BuildException {
    DiffResult result = SpecDiffer.compare(locked, target, request.suppressions());
    List<Path> reports = DiffReports.write(result, request.reportDirectory());
    return new Gate(result, request.reportDirectory(), reports);
  }

  private static String refusal(Gate gate) {
    int count = gate.breaking().size();
    var first = gate.breaking().get(0);
    return "The Comet API upgrade " + gate.diff().from() + " -> " + gate.diff().to() + " has " + count
        + " breaking change" + (count == 1 ? "" : "s") + ", first " + first.rule() + " " + first.subject() + ". Read "
        + gate.reports().get(0) + ", then accept each break in the suppressions file (rule, subject and reason),"
        + " or let breaking upgrades pass (failOnBreaking false; on the command line --no-fail-on-breaking).";
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

  private Optional<LockUpdate> writeLockIfNeeded(Optional<LockFile> lock, SpecSource.Resolved spec, ApiSpec loaded)
      throws BuildException {
    if (request.lockFile().isEmpty() || (lock.isPresent() && lock.get().sha256().equals(spec.sha256()))) {
      return Optional.empty();
    }
    Path path = request.lockFile().get();
    String version = loaded != null ? loaded.serverVersion().toString() : spec.load().serverVersion().toString();
    try {
      new LockFile(version, spec.sha256(), spec.isBundled() ? "bundled" : "file").write(path);
    } catch (IOException e) {
      throw BuildException.of("Cannot write the lock file " + path, e);
    }
    return Optional.of(new LockUpdate(path, lock.isEmpty(), version));
  }
}
