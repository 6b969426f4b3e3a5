import dev.cometsdk.generator.CometGenerator;
import dev.cometsdk.generator.GeneratedFile;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.SourceWriter;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Our generator in one warm JVM: each iteration reads and validates the spec file, generates the
 * client in memory and writes it below a fresh folder, the same work as {@code comet generate
 * --spec FILE --out DIR} without the JVM start.
 *
 * <p>Usage: {@code OursInProcess SPEC.json OUT_BASE WARMUPS RUNS}. Prints one {@code RESULT} line
 * per measured iteration (milliseconds).
 */
public final class OursInProcess {
  public static void main(String[] args) throws IOException {
    Path spec = Path.of(args[0]);
    Path base = Path.of(args[1]);
    int warmups = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    for (int i = 0; i < warmups + runs; i++) {
      Path out = base.resolve("iter-" + i);
      Files2.deleteTree(out);
      long c0 = Files2.processCpuNanos();
      long t0 = System.nanoTime();
      ApiSpec api = SpecLoader.load(spec);
      long t1 = System.nanoTime();
      List<GeneratedFile> files = new CometGenerator().generate(api, GeneratorOptions.defaults());
      long t2 = System.nanoTime();
      SourceWriter.write(out, files);
      long t3 = System.nanoTime();
      long c3 = Files2.processCpuNanos();
      Files2.deleteTree(out);
      if (i >= warmups) {
        System.out.printf("RESULT tool=ours iter=%d load_ms=%.1f generate_ms=%.1f write_ms=%.1f total_ms=%.1f cpu_ms=%.1f files=%d%n",
            i - warmups, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0), ms(c3 - c0), files.size());
      }
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
