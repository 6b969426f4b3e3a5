package dev.cometsdk.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small file in the output folder that records what the last generation was made from (a stamp
 * over the spec's hash, the options and the generator version) and which files it wrote, so that
 * the next build can tell it is up to date, or remove files that are no longer generated.
 *
 * @param spec where the spec came from, so that the next build can skip reading and hashing it
 *     when that has not changed
 */
record OutputManifest(String stamp, List<String> files, SpecRecord spec) {
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

  static final String FILE_NAME = ".comet-generated.json";

  /** Only for writing; see {@link SmallJson} for why reading does without it. */
  private static final class Writer {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  static Optional<OutputManifest> read(Path outputDirectory) {
    Path path = outputDirectory.resolve(FILE_NAME);
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try {
      Map<String, Object> root = SmallJson.readObject(Files.readAllBytes(path));
      List<String> files = new ArrayList<>();
      if (root != null && root.get("files") instanceof List<?> listed) {
        listed.stream().filter(Objects::nonNull).forEach(file -> files.add((String) file));
      }
      SpecRecord spec = new SpecRecord(textOrEmpty(root, "specFingerprint"), textOrEmpty(root, "specSha256"),
          textOrEmpty(root, "specDescription"));
      return Optional.of(new OutputManifest(textOrEmpty(root, "stamp"), files, spec));
    } catch (IOException e) {
      // A damaged manifest only costs a regeneration.
      return Optional.empty();
    }
  }

  private static String textOrEmpty(Map<String, Object> root, String name) {
    String text = SmallJson.text(root, name);
    return text == null ? "" : text;
  }

  /** The same files, made from the same spec, now found through {@code fingerprint}. */
  OutputManifest withFingerprint(String fingerprint) {
    return new OutputManifest(stamp, files, new SpecRecord(fingerprint, spec.sha256(), spec.description()));
  }

  void write(Path outputDirectory) throws IOException {
    ObjectNode root = Writer.MAPPER.createObjectNode();
    root.put("stamp", stamp);
    root.put("specFingerprint", spec.fingerprint());
    root.put("specSha256", spec.sha256());
    root.put("specDescription", spec.description());
    ArrayNode list = root.putArray("files");
    files.forEach(list::add);
    Files.writeString(outputDirectory.resolve(FILE_NAME), Writer.MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  /** Whether every file it lists still exists below {@code outputDirectory}. */
  boolean filesPresent(Path outputDirectory) {
    return files.stream().allMatch(file -> Files.isRegularFile(outputDirectory.resolve(file)));
  }
}
