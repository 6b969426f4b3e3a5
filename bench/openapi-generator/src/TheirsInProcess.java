import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * OpenAPI Generator in one warm JVM, configured as {@code run.sh} configures its CLI: generator
 * {@code java}, library {@code native}, {@code serializationLibrary=jackson}, spec validation off
 * (see docs/openapi-generator-comparison.md for why). Each iteration parses the OpenAPI document
 * ({@code toClientOptInput}) and generates into a fresh folder ({@code DefaultGenerator.generate},
 * which writes the files as it goes, so generating and writing cannot be told apart).
 *
 * <p>Usage: {@code TheirsInProcess OPENAPI.json OUT_BASE WARMUPS RUNS MODE}, MODE {@code default}
 * (everything the CLI writes: sources, tests, docs, build files) or {@code sources} (no test and
 * no doc files: closer to what our generator writes). Prints one {@code RESULT} line per measured
 * iteration (milliseconds).
 */
public final class TheirsInProcess {
  public static void main(String[] args) throws IOException {
    String spec = args[0];
    Path base = Path.of(args[1]);
    int warmups = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    boolean sourcesOnly = args[4].equals("sources");
    for (int i = 0; i < warmups + runs; i++) {
      Path out = base.resolve("iter-" + i);
      Files2.deleteTree(out);
      long c0 = Files2.processCpuNanos();
      long t0 = System.nanoTime();
      CodegenConfigurator configurator = new CodegenConfigurator()
          .setGeneratorName("java")
          .setLibrary("native")
          .setInputSpec(spec)
          .setOutputDir(out.toString())
          .setValidateSpec(false)
          .addAdditionalProperty("serializationLibrary", "jackson");
      if (sourcesOnly) {
        configurator.addGlobalProperty("apiTests", "false")
            .addGlobalProperty("modelTests", "false")
            .addGlobalProperty("apiDocs", "false")
            .addGlobalProperty("modelDocs", "false");
      }
      ClientOptInput input = configurator.toClientOptInput();
      long t1 = System.nanoTime();
      List<File> files = new DefaultGenerator().opts(input).generate();
      long t2 = System.nanoTime();
      long c2 = Files2.processCpuNanos();
      Files2.deleteTree(out);
      if (i >= warmups) {
        System.out.printf("RESULT tool=theirs-%s iter=%d parse_ms=%.1f generate_and_write_ms=%.1f total_ms=%.1f cpu_ms=%.1f files=%d%n",
            args[4], i - warmups, ms(t1 - t0), ms(t2 - t1), ms(t2 - t0), ms(c2 - c0), files.size());
      }
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
