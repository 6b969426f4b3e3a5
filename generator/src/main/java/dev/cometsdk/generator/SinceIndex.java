package dev.cometsdk.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.BundledSpecs.BundledVersion;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.ServerVersion;
import dev.cometsdk.spec.TypeDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The first Comet Server version known to have each method, parameter, type, field and constant,
 * for {@code @since} tags.
 *
 * <p>Two sources, the older answer winning: {@code since.json}, read from the release history of
 * Comet's PHP SDK back to 18.8.1 (where it gives a later {@code documentedSince}, that one, as the
 * cautious choice), and the bundled specs themselves (the first bundled version that has the
 * name), which is the only answer for alias types and the end-user web methods that the PHP SDK
 * lacks. Keys follow since.json: {@code Method}, {@code Method(Param)}, {@code Type},
 * {@code Type.jsonName}, {@code CONSTANT}.
 *
 * <p>The bundled index is read from {@value #RESOURCE}, which {@link #compute()} derives from
 * since.json and all bundled specs, and a test keeps in sync: computing it means loading and
 * validating every bundled spec, which took a command-line {@code generate} a second of CPU.
 */
public final class SinceIndex {
  /** The precomputed bundled index: one {@code kind TAB key TAB version} line per name. */
  static final String RESOURCE = "since-index.tsv";
  private static final String[] KINDS = {"method", "param", "type", "field", "constant"};

  private static volatile SinceIndex bundled;

  private final Map<String, ServerVersion> methods;
  private final Map<String, ServerVersion> params;
  private final Map<String, ServerVersion> types;
  private final Map<String, ServerVersion> fields;
  private final Map<String, ServerVersion> constants;

  private SinceIndex(Map<String, ServerVersion> methods, Map<String, ServerVersion> params,
      Map<String, ServerVersion> types, Map<String, ServerVersion> fields, Map<String, ServerVersion> constants) {
    this.methods = methods;
    this.params = params;
    this.types = types;
    this.fields = fields;
    this.constants = constants;
  }

  /** An index that knows nothing: every element is dated by the spec it is generated from. */
  public static SinceIndex empty() {
    return new SinceIndex(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** The index over since.json and every bundled spec, as precomputed in {@value #RESOURCE}; read once, then shared. */
  public static SinceIndex bundled() {
    SinceIndex index = bundled;
    if (index == null) {
      synchronized (SinceIndex.class) {
        index = bundled;
        if (index == null) {
          index = readResource();
          bundled = index;
        }
      }
    }
    return index;
  }

  /**
   * This index, where every element of {@code baseline} is dated no later than its version: an
   * earlier spec that the naming rules should treat as history, also for names that this index
   * does not know (a spec file of your own).
   */
  public SinceIndex withBaseline(ApiSpec baseline) {
    ServerVersion version = baseline.serverVersion();
    Map<String, ServerVersion> methods = new HashMap<>(this.methods);
    Map<String, ServerVersion> params = new HashMap<>(this.params);
    Map<String, ServerVersion> types = new HashMap<>(this.types);
    Map<String, ServerVersion> fields = new HashMap<>(this.fields);
    Map<String, ServerVersion> constants = new HashMap<>(this.constants);
    for (ApiMethod method : baseline.methods()) {
      atMost(methods, method.name(), version);
      method.params().forEach(param -> atMost(params, method.name() + "(" + param.name() + ")", version));
    }
    for (TypeDeclaration type : baseline.types()) {
      atMost(types, type.name(), version);
      if (type instanceof TypeDeclaration.Struct struct) {
        struct.fields().forEach(field -> atMost(fields, type.name() + "." + field.jsonName(), version));
      }
    }
    baseline.constants().forEach(constant -> atMost(constants, constant.name(), version));
    return new SinceIndex(Map.copyOf(methods), Map.copyOf(params), Map.copyOf(types), Map.copyOf(fields),
        Map.copyOf(constants));
  }

  private static void atMost(Map<String, ServerVersion> versions, String key, ServerVersion version) {
    versions.merge(key, version, (known, baseline) -> known.isBefore(baseline) ? known : baseline);
  }

  public Optional<ServerVersion> method(ApiMethod method) {
    return Optional.ofNullable(methods.get(method.name()));
  }

  public Optional<ServerVersion> param(ApiMethod method, Parameter param) {
    return Optional.ofNullable(params.get(method.name() + "(" + param.name() + ")"));
  }

  public Optional<ServerVersion> type(TypeDeclaration type) {
    return Optional.ofNullable(types.get(type.name()));
  }

  public Optional<ServerVersion> field(TypeDeclaration.Struct type, Field field) {
    return Optional.ofNullable(fields.get(type.name() + "." + field.jsonName()));
  }

  public Optional<ServerVersion> constant(Constant constant) {
    return Optional.ofNullable(constants.get(constant.name()));
  }

  /** Computes the bundled index from since.json and every bundled spec (slow: loads them all). */
  static SinceIndex compute() {
    Map<String, ServerVersion> methods = new HashMap<>();
    Map<String, ServerVersion> params = new HashMap<>();
    Map<String, ServerVersion> types = new HashMap<>();
    Map<String, ServerVersion> fields = new HashMap<>();
    Map<String, ServerVersion> constants = new HashMap<>();
    BundledSpecs catalog = BundledSpecs.catalog();
    // Oldest first, so putIfAbsent keeps each name's first bundled version.
    for (BundledVersion entry : catalog.versions()) {
      ApiSpec spec = catalog.load(entry);
      ServerVersion version = spec.serverVersion();
      for (ApiMethod method : spec.methods()) {
        methods.putIfAbsent(method.name(), version);
        method.params().forEach(param -> params.putIfAbsent(method.name() + "(" + param.name() + ")", version));
      }
      for (TypeDeclaration type : spec.types()) {
        types.putIfAbsent(type.name(), version);
        if (type instanceof TypeDeclaration.Struct struct) {
          struct.fields().forEach(field -> fields.putIfAbsent(type.name() + "." + field.jsonName(), version));
        }
      }
      spec.constants().forEach(constant -> constants.putIfAbsent(constant.name(), version));
    }
    JsonNode since = readSinceJson();
    mergeOlder(methods, since.path("methods"));
    mergeOlder(params, since.path("params"));
    mergeOlder(types, since.path("types"));
    mergeOlder(fields, since.path("fields"));
    mergeOlder(constants, since.path("constants"));
    return new SinceIndex(Map.copyOf(methods), Map.copyOf(params), Map.copyOf(types), Map.copyOf(fields),
        Map.copyOf(constants));
  }

  /** The index as {@value #RESOURCE} holds it: sorted by kind, then key. */
  String toTsv() {
    StringBuilder out = new StringBuilder();
    List<Map<String, ServerVersion>> maps = List.of(methods, params, types, fields, constants);
    for (int kind = 0; kind < KINDS.length; kind++) {
      for (Map.Entry<String, ServerVersion> entry : new TreeMap<>(maps.get(kind)).entrySet()) {
        out.append(KINDS[kind]).append('\t').append(entry.getKey()).append('\t').append(entry.getValue()).append('\n');
      }
    }
    return out.toString();
  }

  static SinceIndex fromTsv(String tsv) {
    List<Map<String, ServerVersion>> maps = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(),
        new HashMap<>(), new HashMap<>());
    Map<String, ServerVersion> versions = new HashMap<>();
    int lineNumber = 0;
    for (String line : tsv.split("\n")) {
      lineNumber++;
      String[] columns = line.split("\t");
      int kind = columns.length == 3 ? List.of(KINDS).indexOf(columns[0]) : -1;
      if (kind < 0) {
        throw new IllegalStateException(RESOURCE + " line " + lineNumber + " is not 'kind TAB key TAB version': " + line);
      }
      maps.get(kind).put(columns[1], versions.computeIfAbsent(columns[2], ServerVersion::parse));
    }
    return new SinceIndex(Map.copyOf(maps.get(0)), Map.copyOf(maps.get(1)), Map.copyOf(maps.get(2)),
        Map.copyOf(maps.get(3)), Map.copyOf(maps.get(4)));
  }

  private static SinceIndex readResource() {
    try (InputStream in = SinceIndex.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing from the generator's jar");
      }
      return fromTsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Takes since.json's version where it is older than the first bundled one. */
  private static void mergeOlder(Map<String, ServerVersion> firstBundled, JsonNode entries) {
    for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      ServerVersion bundledVersion = firstBundled.get(entry.getKey());
      if (bundledVersion == null) {
        continue;
      }
      cautiousVersion(entry.getValue())
          .filter(version -> version.isBefore(bundledVersion))
          .ifPresent(version -> firstBundled.put(entry.getKey(), version));
    }
  }

  /** {@code since}, or {@code documentedSince} where that parses and is later. */
  private static Optional<ServerVersion> cautiousVersion(JsonNode entry) {
    Optional<ServerVersion> since = ServerVersion.tryParse(entry.path("since").asText(null));
    Optional<ServerVersion> documented = ServerVersion.tryParse(entry.path("documentedSince").asText(null));
    if (since.isPresent() && documented.isPresent() && documented.get().isAfter(since.get())) {
      return documented;
    }
    return since;
  }

  private static JsonNode readSinceJson() {
    String resource = BundledSpecs.RESOURCE_FOLDER + "since.json";
    try (InputStream in = SinceIndex.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + resource + " is missing from the comet-spec jar");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
