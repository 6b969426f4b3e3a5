package dev.cometsdk.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An output folder on disk. A file is written to a temporary file next to it
 * ({@code .NAME.comet-tmp}, which no build tool takes for a source), then moved over it with
 * {@code ATOMIC_MOVE} (a rename), or with {@code REPLACE_EXISTING} where the file system cannot
 * move atomically. The temporary file is removed when the write fails; one that a killed process
 * left behind has a name the next run can derive and remove ({@link #discardUnfinishedWrite}).
 */
public final class DiskOutputFolder implements OutputFolder {
  static final String TEMP_SUFFIX = ".comet-tmp";

  /** Writes a temporary file's bytes; replaced in tests by one that fails. */
  interface TempWriter {
    void write(Path temp, byte[] content) throws IOException;
  }

  private final Path root;
  private final Path normalizedRoot;
  private final TempWriter tempWriter;

  /** Not a lambda: the folder is made on an up-to-date build's quick path, where each lambda costs a class to spin. */
  private static final TempWriter FILES_WRITE = new TempWriter() {
    @Override
    public void write(Path temp, byte[] content) throws IOException {
      Files.write(temp, content);
    }
  };

  public DiskOutputFolder(Path root) {
    this(root, FILES_WRITE);
  }

  DiskOutputFolder(Path root, TempWriter tempWriter) {
    this.root = Objects.requireNonNull(root);
    this.normalizedRoot = root.toAbsolutePath().normalize();
    this.tempWriter = tempWriter;
  }

  public Path root() {
    return root;
  }

  @Override
  public String location() {
    return root.toString();
  }

  @Override
  public String location(String path) {
    return root.resolve(path).toString();
  }

  private Path resolve(String path) throws IOException {
    Path resolved = normalizedRoot.resolve(path).normalize();
    if (!OutputFolder.isSafe(path) || !resolved.startsWith(normalizedRoot) || resolved.equals(normalizedRoot)) {
      throw new IOException("'" + path + "' is not a file below " + root);
    }
    return resolved;
  }

  static Path tempFor(Path file) {
    return file.resolveSibling("." + file.getFileName() + TEMP_SUFFIX);
  }

  @Override
  public boolean isFile(String path) {
    return OutputFolder.isSafe(path) && Files.isRegularFile(root.resolve(path));
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(resolve(path)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void write(String path, byte[] content) throws IOException {
    writeAtomically(resolve(path), content, tempWriter);
  }

  /** Creates or replaces {@code target} atomically, as {@link #write} does; folders are created as needed. */
  static void writeAtomically(Path target, byte[] content) throws IOException {
    writeAtomically(target.toAbsolutePath(), content, FILES_WRITE);
  }

  private static void writeAtomically(Path target, byte[] content, TempWriter tempWriter) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = tempFor(target);
    try {
      tempWriter.write(temp, content);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  @Override
  public boolean delete(String path) throws IOException {
    Path file = resolve(path);
    boolean deleted = Files.deleteIfExists(file);
    if (deleted) {
      removeEmptyFolders(file.getParent());
    }
    return deleted;
  }

  @Override
  public void discardUnfinishedWrite(String path) throws IOException {
    Path temp = tempFor(resolve(path));
    // java.io.File asks without an exception for a missing file, which is the usual case.
    if (temp.toFile().exists() && Files.deleteIfExists(temp)) {
      removeEmptyFolders(temp.getParent());
    }
  }

  private void removeEmptyFolders(Path from) throws IOException {
    for (Path folder = from; folder != null && folder.startsWith(normalizedRoot) && !folder.equals(normalizedRoot)
        && isEmptyFolder(folder); folder = folder.getParent()) {
      Files.delete(folder);
    }
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  @Override
  public List<String> list() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(file -> files.add(root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/")));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Collections.sort(files);
    return files;
  }
}
