package dev.cometsdk.cli;

import dev.cometsdk.generator.CometGenerator;
import dev.cometsdk.generator.GeneratedFile;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.SourceWriter;
import dev.cometsdk.spec.ApiSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code comet generate}: the Java client for one spec, written below a folder. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = CometCli.Version.class,
    description = "Generate the Java client for a bundled server version or a spec file.")
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  SpecOptions source;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Folder to write the sources into (a source root: packages become sub-folders).")
  Path out;

  @Option(names = "--package", paramLabel = "NAME", defaultValue = GeneratorOptions.DEFAULT_PACKAGE,
      description = "Root package of the client (default: ${DEFAULT-VALUE}).")
  String packageName;

  @Override
  public Integer call() throws IOException {
    ApiSpec api = source.load();
    GeneratorOptions options;
    try {
      options = GeneratorOptions.defaults().withPackageName(packageName);
    } catch (IllegalArgumentException e) {
      throw new InputException("--package: " + e.getMessage());
    }
    List<GeneratedFile> files = new CometGenerator().generate(api, options);
    int written = SourceWriter.write(out, files);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("Generated %d files for Comet Server %s into %s (%d written, %d unchanged)%n",
        files.size(), api.serverVersion(), out, written, files.size() - written);
    stdout.flush();
    return CometCli.OK;
  }
}
