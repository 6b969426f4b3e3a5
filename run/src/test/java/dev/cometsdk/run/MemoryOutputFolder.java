package dev.cometsdk.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An output folder in memory, for testing a run's decisions without a disk. It counts writes and
 * deletions, and can be told to fail from the Nth write on, as a run that is killed there: each
 * write is whole or not at all, as {@link DiskOutputFolder} makes it.
 */
final class MemoryOutputFolder implements OutputFolder {
  private final Map<String, byte[]> files = new TreeMap<>();
  private final List<String> writes = new ArrayList<>();
  private final List<String> deletions = new ArrayList<>();
  private int writesBeforeFailure = Integer.MAX_VALUE;

  /** From now on, {@code count} more writes succeed and every one after them fails. */
  MemoryOutputFolder failAfterWrites(int count) {
    writesBeforeFailure = count;
    return this;
  }

  /** The paths written since the last {@link #clearCounts()}, in order. */
  List<String> writes() {
    return List.copyOf(writes);
  }

  List<String> deletions() {
    return List.copyOf(deletions);
  }

  void clearCounts() {
    writes.clear();
    deletions.clear();
  }

  /** Puts a file there without counting it, as another tool or the user would. */
  void put(String path, String content) {
    files.put(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  String text(String path) {
    byte[] content = files.get(path);
    return content == null ? null : new String(content, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public String location() {
    return "memory";
  }

  @Override
  public String location(String path) {
    return "memory/" + path;
  }

  @Override
  public boolean isFile(String path) {
    return files.containsKey(path);
  }

  @Override
  public Optional<byte[]> read(String path) throws IOException {
    check(path);
    return Optional.ofNullable(files.get(path)).map(byte[]::clone);
  }

  @Override
  public void write(String path, byte[] content) throws IOException {
    check(path);
    if (writesBeforeFailure <= 0) {
      throw new IOException("disk full (test) writing " + path);
    }
    writesBeforeFailure--;
    writes.add(path);
    files.put(path, content.clone());
  }

  @Override
  public boolean delete(String path) throws IOException {
    check(path);
    deletions.add(path);
    return files.remove(path) != null;
  }

  @Override
  public void discardUnfinishedWrite(String path) throws IOException {
    check(path);
  }

  @Override
  public List<String> list() {
    return List.copyOf(files.keySet());
  }

  private static void check(String path) throws IOException {
    if (!OutputFolder.isSafe(path)) {
      throw new IOException("'" + path + "' is not a file below the folder");
    }
  }
}
