package dev.cometsdk.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.diff.JapicmpFindings.Finding;
import dev.cometsdk.generator.CometGenerator;
import dev.cometsdk.generator.GeneratedFile;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.InMemoryCompiler;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.BundledSpecs.BundledVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiClass;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence that the differ's Java verdicts are right, checked against an independent tool. For
 * every consecutive pair of bundled versions, the SDK of each is generated (default options),
 * compiled as users compile it ({@link InMemoryCompiler}) and packed into a jar; japicmp compares
 * the two jars; and every source- or binary-incompatible change japicmp reports in the public and
 * protected API must have been predicted by {@link SpecDiffer#diff}: some change whose subject is
 * the spec element the Java element comes from (or a type that element's Java type is derived
 * from) must be judged {@code BREAKING} for the same kind of compatibility. Where the differ calls
 * every change of a pair Java-compatible, japicmp must find nothing at all. The same check runs on
 * a few {@link Controls}: one-edit copies of the newest spec, on which japicmp must find something.
 *
 * <p>Slow (every version is compiled once, each jar serving both of its pairs), so it runs only in
 * the {@code japicmp-evidence} Maven profile. With {@code -Dcomet.writeEvidence=true} it rewrites
 * {@code docs/compatibility-evidence.md}. For working on the test, {@code -Dcomet.evidencePairs=N}
 * checks only the first N pairs (the document cannot be written then), and
 * {@code -Dcomet.evidenceVerbose=true} prints every finding with its verdict.
 */
@Tag("japicmp-evidence")
class JapicmpEvidenceTest {
  static final Path EVIDENCE = Path.of("../docs/compatibility-evidence.md");
  static final String COMMAND = "mvn -B -pl differ -am -Pjapicmp-evidence verify -Dcomet.writeEvidence=true";

  @TempDir
  Path work;

  @Test
  void everyIncompatibilityJapicmpFindsWasPredictedByTheDiffer() throws IOException {
    List<BundledVersion> versions = BundledSpecs.catalog().versions();
    int pairs = Math.min(versions.size() - 1, Integer.getInteger("comet.evidencePairs", versions.size() - 1));
    CometGenerator generator = new CometGenerator();
    List<String> classpath = supportClasspath();
    long start = System.nanoTime();

    List<PairEvidence> evidence = new ArrayList<>();
    BundledVersion before = versions.get(0);
    Path beforeJar = compileToJar(generator, BundledSpecs.catalog().load(before), before.version().toString());
    for (int i = 1; i <= pairs; i++) {
      BundledVersion after = versions.get(i);
      long pairStart = System.nanoTime();
      ApiSpec afterSpec = BundledSpecs.catalog().load(after);
      Path afterJar = compileToJar(generator, afterSpec, after.version().toString());
      PairEvidence pair = compare(BundledSpecs.catalog().load(before), beforeJar, afterSpec, afterJar,
          after.version().toString(), classpath);
      evidence.add(pair);
      print(pair, pairStart);
      Files.delete(beforeJar);
      before = after;
      beforeJar = afterJar;
    }

    // The controls: one-edit copies of the newest version, compiled already in a full run.
    BundledVersion newest = BundledSpecs.catalog().newest();
    Path newestJar = before.equals(newest) ? beforeJar
        : compileToJar(generator, BundledSpecs.catalog().load(newest), newest.version().toString());
    List<PairEvidence> controls = new ArrayList<>();
    List<Controls.Control> edits = Controls.of(newest);
    for (int i = 0; i < edits.size(); i++) {
      long controlStart = System.nanoTime();
      Path jar = compileToJar(generator, edits.get(i).spec(), "control-" + i);
      PairEvidence control = compare(BundledSpecs.catalog().load(newest), newestJar, edits.get(i).spec(), jar,
          edits.get(i).description(), classpath);
      controls.add(control);
      print(control, controlStart);
      Files.delete(jar);
    }
    System.out.printf("japicmp evidence: %d pairs and %d controls in %d s%n", pairs, controls.size(),
        (System.nanoTime() - start) / 1_000_000_000L);

    if (Boolean.getBoolean("comet.writeEvidence")) {
      assertEquals(versions.size() - 1, pairs, "the evidence document is written only from a run over every pair");
      Files.writeString(EVIDENCE, EvidenceReport.markdown(evidence, controls, japicmpVersion(), COMMAND),
          StandardCharsets.UTF_8);
    }

    List<String> problems = new ArrayList<>();
    for (PairEvidence pair : evidence) {
      pair.unpredicted().forEach(judged -> problems.add(pair.before() + " -> " + pair.after() + ": "
          + judged.finding().describe() + ", from " + judged.element().description()
          + ", was not predicted by the differ"));
      if (pair.differJavaCompatible() && !pair.findings().isEmpty()) {
        problems.add(pair.before() + " -> " + pair.after() + ": the differ calls every change Java-compatible, but"
            + " japicmp found " + pair.findings().size() + " incompatibilities");
      }
    }
    for (PairEvidence control : controls) {
      control.unpredicted().forEach(judged -> problems.add("control " + control.after() + ": "
          + judged.finding().describe() + ", from " + judged.element().description()
          + ", was not predicted by the differ"));
      if (control.judged().isEmpty()) {
        problems.add("control " + control.after() + ": japicmp found nothing, so the control shows nothing");
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  private PairEvidence compare(ApiSpec oldSpec, Path beforeJar, ApiSpec newSpec, Path afterJar, String label,
      List<String> classpath) {
    List<Change> changes = SpecDiffer.diff(oldSpec, newSpec);

    // The check: the public and protected API, as users see it.
    Map<Finding, String> outsideApi = new TreeMap<>(JapicmpFindings.ORDER);
    JarArchiveComparatorOptions api = options(AccessModifier.PROTECTED, false, classpath);
    Set<Finding> findings = new TreeSet<>(JapicmpFindings.ORDER);
    findings.addAll(JapicmpFindings.incompatibilities(japicmp(api, beforeJar, afterJar), api, outsideApi));
    // For the record: what a comparison of everything, private and synthetic included, adds. Any
    // API-level finding that only this comparison makes is checked as well.
    JarArchiveComparatorOptions everything = options(AccessModifier.PRIVATE, true, classpath);
    findings.addAll(JapicmpFindings.incompatibilities(japicmp(everything, beforeJar, afterJar), everything,
        outsideApi));

    SpecElements elements = new SpecElements(oldSpec, newSpec, GeneratorOptions.defaults());
    return PairEvidence.judge(oldSpec.serverVersion().toString(), label, changes, List.copyOf(findings), outsideApi,
        elements);
  }

  private static JarArchiveComparatorOptions options(AccessModifier level, boolean synthetic, List<String> classpath) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(level);
    options.setIncludeSynthetic(synthetic);
    options.getClassPathEntries().addAll(classpath);
    return options;
  }

  private static List<JApiClass> japicmp(JarArchiveComparatorOptions options, Path beforeJar, Path afterJar) {
    // The version strings only label japicmp's own reports, which are not written.
    return new JarArchiveComparator(options).compare(new JApiCmpArchive(beforeJar.toFile(), "1.0.0"),
        new JApiCmpArchive(afterJar.toFile(), "1.0.1"));
  }

  private static void print(PairEvidence pair, long start) {
    System.out.printf("japicmp evidence %s -> %s: %d changes, japicmp %d source / %d binary, %d unpredicted (%d s)%n",
        pair.before(), pair.after(), pair.changes(), pair.japicmpSource(), pair.japicmpBinary(),
        pair.unpredicted().size(), (System.nanoTime() - start) / 1_000_000_000L);
    if (Boolean.getBoolean("comet.evidenceVerbose")) {
      pair.judged().forEach(judged -> System.out.println("  " + judged.finding().describe() + " <- "
          + judged.element().description() + " " + (judged.predicted() ? judged.rules() : "UNPREDICTED "
          + judged.element().subjects())));
      pair.outsideApi().forEach((finding, reason) -> System.out.println("  outside the API: " + finding.describe()
          + ": " + reason));
    }
  }

  /** Generates the SDK of one spec, compiles it with warnings as errors, and packs the classes into a jar. */
  private Path compileToJar(CometGenerator generator, ApiSpec spec, String name) throws IOException {
    List<GeneratedFile> files = generator.generate(spec, GeneratorOptions.defaults());
    Path classes = work.resolve(name + "-classes");
    InMemoryCompiler.Result result = InMemoryCompiler.compile(files, classes);
    assertTrue(result.success() && result.diagnostics().isEmpty(),
        () -> name + " does not compile cleanly:\n" + String.join("\n", result.diagnostics()));
    Path jar = work.resolve("comet-sdk-" + name + ".jar");
    List<Path> classFiles;
    try (Stream<Path> walk = Files.walk(classes)) {
      classFiles = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path file : classFiles) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    deleteTree(classes);
    return jar;
  }

  /**
   * What japicmp needs besides the two jars to resolve supertypes and signatures: the runtime
   * ({@code CometObject}, {@code CometStatusResponse}, ...) and Jackson.
   */
  private static List<String> supportClasspath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : List.of(dev.cometsdk.runtime.CometObject.class, com.fasterxml.jackson.databind.JsonNode.class,
        com.fasterxml.jackson.core.type.TypeReference.class, com.fasterxml.jackson.annotation.JsonProperty.class)) {
      try {
        entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot locate the class path entry of " + type, e);
      }
    }
    return entries;
  }

  static String japicmpVersion() {
    String resource = "META-INF/maven/com.github.siom79.japicmp/japicmp/pom.properties";
    try (InputStream in = JarArchiveComparator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "unknown";
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }
}
