package dev.cometsdk.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Comet Server versions shipped inside this jar, so that tools can ask for "the newest" or
 * "24.12.5" without any path. The index and the specs are read from the classpath on first use
 * and cached; the loaded specs are immutable and safe to share between threads.
 */
public final class BundledSpecs {
  /** Classpath folder of the bundled files. */
  public static final String RESOURCE_FOLDER = "dev/cometsdk/spec/bundled/";

  private static final BundledSpecs INSTANCE = new BundledSpecs(readIndex());

  private final List<BundledVersion> versions;
  private final Map<ServerVersion, ApiSpec> cache = new ConcurrentHashMap<>();

  private BundledSpecs(List<BundledVersion> versions) {
    this.versions = versions.stream().sorted(Comparator.comparing(BundledVersion::version)).toList();
  }

  /** The catalog of this jar's bundled specs. */
  public static BundledSpecs catalog() {
    return INSTANCE;
  }

  /**
   * One bundled version, with the counts its index entry records.
   *
   * @param sourceCommit the commit of Comet's Go SDK that the file was derived from
   */
  public record BundledVersion(ServerVersion version, String file, String sourceCommit, int methods, int types,
      int structs, int aliases, int constants) {}

  /** Every bundled version, oldest first. */
  public List<BundledVersion> versions() {
    return versions;
  }

  public BundledVersion newest() {
    return versions.get(versions.size() - 1);
  }

  public BundledVersion oldest() {
    return versions.get(0);
  }

  /** The entry for {@code version}, if it is bundled. */
  public Optional<BundledVersion> find(ServerVersion version) {
    return versions.stream().filter(entry -> entry.version().equals(version)).findFirst();
  }

  /**
   * The entry for a version written as text.
   *
   * @throws UnknownVersionException listing the bundled versions when it is not one of them
   */
  public BundledVersion get(String version) {
    return ServerVersion.tryParse(version.trim()).flatMap(this::find)
        .orElseThrow(() -> new UnknownVersionException(version, versionList()));
  }

  /** The validated spec of a bundled version; loaded once, then cached. */
  public ApiSpec load(BundledVersion entry) {
    return cache.computeIfAbsent(entry.version(), version -> SpecLoader.load(entry.file(), content(entry)));
  }

  /** The validated spec of a bundled version written as text; see {@link #get(String)}. */
  public ApiSpec load(String version) {
    return load(get(version));
  }

  /** The newest bundled spec. */
  public ApiSpec loadNewest() {
    return load(newest());
  }

  /** The file's bytes exactly as bundled. */
  public byte[] content(BundledVersion entry) {
    return readResource(entry.file());
  }

  /** The bundled versions as {@code 22.6.9, 22.9.0, ...}, oldest first. */
  public String versionList() {
    return versions.stream().map(entry -> entry.version().toString()).collect(Collectors.joining(", "));
  }

  private static List<BundledVersion> readIndex() {
    String source = RESOURCE_FOLDER + "index.json";
    List<ValidationEvent> events = new ArrayList<>();
    JsonValue root = new JsonTreeReader(source, events).read(readResource("index.json"));
    if (!(root instanceof JsonValue.JsonObject index)
        || !(index.members().get("versions") instanceof JsonValue.JsonArray entries)) {
      throw new IllegalStateException("the bundled " + source + " is damaged: " + events);
    }
    List<BundledVersion> versions = new ArrayList<>();
    for (JsonValue entry : entries.elements()) {
      Map<String, JsonValue> members = ((JsonValue.JsonObject) entry).members();
      versions.add(new BundledVersion(
          ServerVersion.parse(text(members, "serverVersion")),
          text(members, "file"),
          text(members, "sourceCommit"),
          count(members, "methods"),
          count(members, "types"),
          count(members, "structs"),
          count(members, "aliases"),
          count(members, "constants")));
    }
    return versions;
  }

  private static String text(Map<String, JsonValue> members, String key) {
    return ((JsonValue.JsonString) members.get(key)).value();
  }

  private static int count(Map<String, JsonValue> members, String key) {
    return ((JsonValue.JsonNumber) members.get(key)).value().intValueExact();
  }

  private static byte[] readResource(String name) {
    String resource = RESOURCE_FOLDER + name;
    try (InputStream in = BundledSpecs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + resource + " is missing from the comet-spec jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + resource, e);
    }
  }
}
