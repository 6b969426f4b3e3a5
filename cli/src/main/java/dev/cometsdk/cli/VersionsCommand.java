package dev.cometsdk.cli;

import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.BundledSpecs.BundledVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code comet versions}: the bundled server versions, oldest first, with their counts. */
@Command(name = "versions", mixinStandardHelpOptions = true, versionProvider = CometCli.Version.class,
    description = "List the bundled Comet Server versions, newest last, with their counts.")
final class VersionsCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    BundledSpecs catalog = BundledSpecs.catalog();
    List<BundledVersion> versions = catalog.versions();
    String format = "%-9s %7s %6s %8s %8s %10s%s%n";
    out.printf(format, "VERSION", "METHODS", "TYPES", "STRUCTS", "ALIASES", "CONSTANTS", "");
    for (BundledVersion entry : versions) {
      out.printf(format, entry.version(), entry.methods(), entry.types(), entry.structs(), entry.aliases(),
          entry.constants(), entry.equals(catalog.newest()) ? "  (newest)" : "");
    }
    out.printf("%d bundled versions, %s to %s%n", versions.size(), catalog.oldest().version(),
        catalog.newest().version());
    out.flush();
    return CometCli.OK;
  }
}
