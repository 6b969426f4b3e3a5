package dev.cometsdk.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small file in the output folder, {@code .comet-generated}, that records which files a run
 * owns there and what the last generation was made from (a stamp over the spec's hash, the
 * options and the generator version), so that the next run can tell it is up to date, remove the
 * files that are no longer generated, and leave every other file alone.
 *
 * <p>It is plain text, one {@code key value} per line, because an up-to-date build reads nothing
 * else: parsing it needs no JSON library, whose loading in a fresh Maven JVM would cost more than
 * the whole check. The last line is {@code state complete} or {@code state incomplete}; a manifest
 * without one reads as incomplete, so that one cut short never passes for complete.
 *
 * @param state whether the files it lists are a whole generation ({@link State})
 * @param owner who generated the folder ({@code execution generate of project g:a}), empty when
 *     unknown; another owner finding the folder is warned
 * @param files every file the run owns in the folder: for a complete manifest the generation's
 *     files, for an incomplete one also those of the generation before
 * @param spec where the spec came from, so that the next build can skip reading and hashing it
 *     when that has not changed
 * @param lockFingerprint {@link Fingerprints#ofFile} of the lock file as this generation left it,
 *     empty without one, so that the next build can skip parsing it when it has not changed
 */
record OutputManifest(State state, String owner, String stamp, List<String> files, SpecRecord spec,
    String lockFingerprint) {

  /** What the files a manifest lists are. */
  enum State {
    /** The last run finished: the files are exactly its generation. */
    COMPLETE,
    /**
     * A run started writing and did not finish (it was killed, or it failed): the files are the
     * previous generation's and the next one's, any mix of which may be on disk. Never up to date.
     */
    INCOMPLETE,
    /** The JSON manifest of versions up to 0.1 ({@code .comet-generated.json}): its files only. Never up to date. */
    LEGACY
  }

  /**
   * The spec of the last generation.
   *
   * @param fingerprint {@link SpecSource#fingerprint()}, empty when there was none
   * @param sha256 the spec's hash
   * @param description how logs name it
   */
  record SpecRecord(String fingerprint, String sha256, String description) {
    static final SpecRecord NONE = new SpecRecord("", "", "");
  }

  static final String FILE_NAME = ".comet-generated";
  /** The JSON manifest of generator versions up to 0.1.0; deleted when a complete manifest is written. */
  static final String OLD_FILE_NAME = ".comet-generated.json";

  private static final String HEADER = "# What the Comet SDK generator made this folder from, and the files it wrote."
      + " Do not edit.";

  OutputManifest {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(stamp, "stamp");
    files = List.copyOf(files);
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(lockFingerprint, "lockFingerprint");
  }

  /** A finished generation. */
  static OutputManifest complete(String owner, String stamp, List<String> files, SpecRecord spec,
      String lockFingerprint) {
    return new OutputManifest(State.COMPLETE, owner, stamp, files, spec, lockFingerprint);
  }

  /** What a run writes before it changes anything: every file it may own until it finishes. */
  static OutputManifest incomplete(String owner, List<String> files) {
    return new OutputManifest(State.INCOMPLETE, owner, "", files, SpecRecord.NONE, "");
  }

  boolean isComplete() {
    return state == State.COMPLETE;
  }

  /**
   * The manifest in {@code folder}, or the 0.1 JSON manifest when there is only that; empty when
   * there is none or it cannot be read (then the run owns no file there).
   */
  static Optional<OutputManifest> read(OutputFolder folder) {
    Optional<byte[]> content;
    try {
      content = folder.read(FILE_NAME);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (content.isPresent()) {
      return parse(content.get());
    }
    return readLegacy(folder);
  }

  private static Optional<OutputManifest> parse(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      // A damaged manifest: the files it listed are no longer known to be the run's own.
      return Optional.empty();
    }
    State state = State.INCOMPLETE;
    String owner = "";
    String stamp = "";
    String fingerprint = "";
    String sha256 = "";
    String description = "";
    String lockFingerprint = "";
    List<String> files = new ArrayList<>();
    for (int start = 0, end; start < text.length(); start = end + 1) {
      end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      int space = line.indexOf(' ');
      if (line.startsWith("#") || space < 0) {
        continue;
      }
      String value = line.substring(space + 1);
      String key = line.substring(0, space);
      if (!key.equals("state")) {
        // Only a state line that comes last counts.
        state = State.INCOMPLETE;
      }
      switch (key) {
        case "state" -> state = value.equals("complete") ? State.COMPLETE : State.INCOMPLETE;
        case "owner" -> owner = value;
        case "stamp" -> stamp = value;
        case "spec-fingerprint" -> fingerprint = value;
        case "spec-sha256" -> sha256 = value;
        case "spec-description" -> description = value;
        case "lock-fingerprint" -> lockFingerprint = value;
        case "file" -> {
          if (OutputFolder.isSafe(value)) {
            files.add(value);
          }
        }
        default -> { }
      }
    }
    return Optional.of(new OutputManifest(state, owner, stamp, files, new SpecRecord(fingerprint, sha256, description),
        lockFingerprint));
  }

  /** The files of a 0.1 manifest, {@code {"stamp": "...", "files": ["a/B.java", ...]}}. */
  private static Optional<OutputManifest> readLegacy(OutputFolder folder) {
    try {
      Optional<byte[]> content = folder.read(OLD_FILE_NAME);
      if (content.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Object> root = SmallJson.readObject(content.get());
      Object listed = root == null ? null : root.get("files");
      List<String> files = new ArrayList<>();
      if (listed instanceof List<?> list) {
        list.stream().filter(String.class::isInstance).map(String.class::cast).filter(OutputFolder::isSafe)
            .forEach(files::add);
      }
      return Optional.of(new OutputManifest(State.LEGACY, "", "", files, SpecRecord.NONE, ""));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The same files, made from the same spec, now found through these fingerprints and by this owner. */
  OutputManifest refreshed(String owner, String specFingerprint, String lockFingerprint) {
    return new OutputManifest(state, owner, stamp, files, new SpecRecord(specFingerprint, spec.sha256(),
        spec.description()), lockFingerprint);
  }

  /** Replaces the manifest in {@code folder} (atomically); a complete one also removes the 0.1 manifest. */
  void write(OutputFolder folder) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    appendLine(text, "owner", owner);
    appendLine(text, "stamp", stamp);
    appendLine(text, "spec-fingerprint", spec.fingerprint());
    appendLine(text, "spec-sha256", spec.sha256());
    appendLine(text, "spec-description", spec.description());
    appendLine(text, "lock-fingerprint", lockFingerprint);
    files.forEach(file -> appendLine(text, "file", file));
    // Last, so that a manifest cut short reads as incomplete.
    appendLine(text, "state", state == State.COMPLETE ? "complete" : "incomplete");
    folder.write(FILE_NAME, text.toString().getBytes(StandardCharsets.UTF_8));
    if (isComplete() && folder.isFile(OLD_FILE_NAME)) {
      folder.delete(OLD_FILE_NAME);
    }
  }

  /** A value with a line break (a folder name could have one) is left out; the next build then regenerates. */
  private static void appendLine(StringBuilder text, String key, String value) {
    if (!value.isEmpty() && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      text.append(key).append(' ').append(value).append('\n');
    }
  }

  /** Whether every file it lists is in {@code folder}. */
  boolean filesPresent(OutputFolder folder) {
    for (String file : files) {
      if (!folder.isFile(file)) {
        return false;
      }
    }
    return true;
  }
}
