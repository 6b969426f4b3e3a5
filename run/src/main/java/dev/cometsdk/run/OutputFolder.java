package dev.cometsdk.run;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The folder a {@link GenerateRun} writes the client into: on disk ({@link DiskOutputFolder}) or,
 * for tests, in memory. Paths are relative to the folder, with
 * {@code /} separators ({@code dev/cometsdk/client/CometClient.java}); a path that would leave the
 * folder ({@code ../x}, {@code /x}) is refused with an IOException.
 */
public interface OutputFolder {
  /** How messages name the folder. */
  String location();

  /** How messages name a file in it. */
  String location(String path);

  /** Whether {@code path} is a regular file. Cheap: an up-to-date build asks it for every file. */
  boolean isFile(String path);

  /** The file's bytes; empty when there is no such file. */
  Optional<byte[]> read(String path) throws IOException;

  /**
   * Creates or replaces the file, atomically: whoever reads it, even after the process is killed
   * at any moment, finds the old content or the new, never a part. Folders are created as needed.
   * A write that fails leaves the old content and nothing else behind.
   */
  void write(String path, byte[] content) throws IOException;

  /**
   * Deletes the file, and the folders that this leaves empty up to (not including) the folder
   * itself.
   *
   * @return whether there was such a file
   */
  boolean delete(String path) throws IOException;

  /**
   * Removes what a write of {@code path} that was killed before it finished may have left (a
   * temporary file next to it); never the file itself.
   */
  void discardUnfinishedWrite(String path) throws IOException;

  /** Every file below the folder, sorted; empty when the folder does not exist. */
  List<String> list() throws IOException;

  /**
   * Whether {@code path} names a file below a folder: relative, with no empty, {@code .} or
   * {@code ..} part and no backslash. The manifest's paths are checked with this before they are
   * trusted.
   */
  static boolean isSafe(String path) {
    // A loop over the characters, not split(): an up-to-date build checks every listed file twice.
    int length = path.length();
    if (length == 0 || path.charAt(0) == '/') {
      return false;
    }
    int partStart = 0;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? path.charAt(i) : '/';
      if (c == '\\' || c == ':') {
        return false;
      }
      if (c == '/') {
        int partLength = i - partStart;
        if (partLength == 0 || (path.charAt(partStart) == '.' && (partLength == 1
            || (partLength == 2 && path.charAt(partStart + 1) == '.')))) {
          return false;
        }
        partStart = i + 1;
      }
    }
    return true;
  }
}
