package dev.cometsdk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.JavaSymbols;
import dev.cometsdk.generator.SinceIndex;
import dev.cometsdk.spec.Rule;
import dev.cometsdk.spec.SpecLoader;
import dev.cometsdk.spec.ValidationEvent;
import dev.cometsdk.spec.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comet validate FILE...}: every problem of every file, as text or JSON. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = CometCli.Version.class,
    description = {
        "Validate Comet API spec files and report every problem with its rule id and location,",
        "and every name whose Java name had to differ from the usual one (name.java-renamed).",
        "Exit 0 when every file is valid (warnings allowed), 1 when any file has an error,",
        "2 when a file cannot be read or the options are wrong."})
final class ValidateCommand implements Callable<Integer> {

  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Spec files to validate.")
  List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws JsonProcessingException {
    List<FileResult> results = new ArrayList<>();
    for (Path file : files) {
      SpecLoader.Result result = SpecLoader.validate(file);
      results.add(new FileResult(file.toString(), withRenames(result)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(toJson(results));
    } else {
      printText(results, out);
    }
    out.flush();
    if (results.stream().anyMatch(FileResult::unreadable)) {
      return CometCli.USAGE_ERROR;
    }
    return results.stream().allMatch(result -> result.report().isValid()) ? CometCli.OK : CometCli.FOUND_PROBLEMS;
  }

  /**
   * The loader's report plus a {@code name.java-renamed} warning for each name whose Java name the
   * naming rules had to change (a keyword, a collision), so that a spec author sees them all.
   */
  private static ValidationReport withRenames(SpecLoader.Result result) {
    if (result.spec().isEmpty()) {
      return result.report();
    }
    List<ValidationEvent> events = new ArrayList<>(result.report().events());
    JavaSymbols.of(result.spec().get(), GeneratorOptions.defaults(), SinceIndex.bundled()).renames()
        .forEach(rename -> events.add(rename.toWarning()));
    return new ValidationReport(events);
  }

  private record FileResult(String file, ValidationReport report) {
    boolean unreadable() {
      return report.events().stream().anyMatch(event -> event.ruleId().equals(Rule.FILE_UNREADABLE.id()));
    }
  }

  private static void printText(List<FileResult> results, PrintWriter out) {
    for (FileResult result : results) {
      ValidationReport report = result.report();
      out.println(result.file() + ": " + report.summary());
      if (!report.events().isEmpty()) {
        out.print(report.toText().replaceAll("(?m)^(?=.)", "  "));
      }
    }
    if (results.size() > 1) {
      long valid = results.stream().filter(result -> result.report().isValid()).count();
      out.println(results.size() + " files: " + valid + " valid, " + (results.size() - valid) + " invalid");
    }
  }

  private static String toJson(List<FileResult> results) throws JsonProcessingException {
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileResult result : results) {
      Map<String, Object> file = new LinkedHashMap<>();
      ValidationReport report = result.report();
      file.put("file", result.file());
      file.put("valid", report.isValid());
      file.put("errors", report.count(dev.cometsdk.spec.Severity.ERROR));
      file.put("warnings", report.count(dev.cometsdk.spec.Severity.WARNING));
      List<Map<String, Object>> events = new ArrayList<>();
      for (ValidationEvent event : report.events()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", event.ruleId());
        json.put("severity", event.severity().name());
        json.put("file", event.location().file());
        json.put("pointer", event.location().pointer());
        json.put("line", event.location().line());
        json.put("column", event.location().column());
        json.put("message", event.message());
        json.put("hint", event.hint());
        events.add(json);
      }
      file.put("events", events);
      files.add(file);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("valid", results.stream().allMatch(result -> result.report().isValid()));
    root.put("files", files);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }
}
