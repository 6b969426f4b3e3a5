package dev.cometsdk.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the project's client was last generated from: the server version and the hash of the spec.
 * Meant to be committed, so that an upgrade shows up in review and passes the compatibility gate.
 *
 * @param source {@code bundled} or {@code file}
 */
public record LockFile(String serverVersion, String sha256, String source) {
  /** Only for writing, which is rare; see {@link SmallJson} for why reading does without it. */
  private static final class Writer {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * Reads a lock file; empty when there is none.
   *
   * @throws BuildException naming the file and what is wrong with it
   */
  public static Optional<LockFile> read(Path path) throws BuildException {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    Map<String, Object> root;
    try {
      root = SmallJson.readObject(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new BuildException("The lock file " + path + " is not valid JSON: " + e.getMessage()
          + " (fix it, or delete it to lock the current spec)", e);
    }
    String version = SmallJson.text(root, "serverVersion");
    String sha256 = SmallJson.text(root, "sha256");
    if (version == null || sha256 == null) {
      throw new BuildException("The lock file " + path + " needs \"serverVersion\" and \"sha256\""
          + " (fix it, or delete it to lock the current spec)");
    }
    String source = SmallJson.text(root, "source");
    return Optional.of(new LockFile(version, sha256, source == null ? "bundled" : source));
  }

  /** Writes the lock file (atomically), creating its folder as needed. */
  public void write(Path path) throws IOException {
    ObjectNode root = Writer.MAPPER.createObjectNode();
    root.put("serverVersion", serverVersion);
    root.put("sha256", sha256);
    root.put("source", source);
    // Atomically: a build killed meanwhile leaves the old lock file, never a part of the new one.
    DiskOutputFolder.writeAtomically(path, (Writer.MAPPER.writeValueAsString(root) + "\n")
        .getBytes(StandardCharsets.UTF_8));
  }
}
