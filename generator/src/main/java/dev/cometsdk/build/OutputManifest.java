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
 */
record OutputManifest(String stamp, List<String> files) {
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
      String stamp = SmallJson.text(root, "stamp");
      return Optional.of(new OutputManifest(stamp == null ? "" : stamp, files));
    } catch (IOException e) {
      // A damaged manifest only costs a regeneration.
      return Optional.empty();
    }
  }

  void write(Path outputDirectory) throws IOException {
    ObjectNode root = Writer.MAPPER.createObjectNode();
    root.put("stamp", stamp);
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
