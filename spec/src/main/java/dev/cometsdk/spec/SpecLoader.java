package dev.cometsdk.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates spec files. {@link #validate} reports every problem of a file at once;
 * {@link #load} returns a spec only when it has no error, so that an invalid spec never reaches
 * the generator or the differ.
 */
public final class SpecLoader {
  private SpecLoader() {}

  /** The outcome of validating one file: its report, and the spec when the report has no error. */
  public record Result(ValidationReport report, Optional<ApiSpec> spec) {}

  /** Validates the file at {@code path}, which locations name as given. */
  public static Result validate(Path path) {
    byte[] content;
    try {
      if (Files.isDirectory(path)) {
        return unreadable(path, "it is a folder");
      }
      content = Files.readAllBytes(path);
    } catch (IOException e) {
      return unreadable(path, describe(e));
    }
    return validate(path.toString(), content);
  }

  private static Result unreadable(Path path, String reason) {
    ValidationEvent event = ValidationEvent.of(Rule.FILE_UNREADABLE, SpecLocation.ofFile(path.toString()),
        "cannot read the file: " + reason, "check the path");
    return new Result(new ValidationReport(List.of(event)), Optional.empty());
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Validates {@code content}, naming it {@code source} in every location. */
  public static Result validate(String source, byte[] content) {
    List<ValidationEvent> events = new ArrayList<>();
    JsonTreeReader reader = new JsonTreeReader(source, events);
    JsonValue root = reader.read(content);
    if (root == null) {
      return new Result(new ValidationReport(events), Optional.empty());
    }
    Optional<DecodedSpec> decoded = new SpecDecoder(events).decode(root, reader.locations());
    decoded.ifPresent(spec -> new SpecValidator(spec, events).validate());
    ValidationReport report = new ValidationReport(events);
    if (!report.isValid() || decoded.isEmpty() || decoded.get().serverVersion().isEmpty()) {
      return new Result(report, Optional.empty());
    }
    DecodedSpec spec = decoded.get();
    return new Result(report, Optional.of(
        new ApiSpec(spec.serverVersion().get(), source, spec.methods(), spec.types(), spec.constants())));
  }

  /**
   * Loads a valid spec.
   *
   * @throws InvalidSpecException with the full report when the file has any error
   */
  public static ApiSpec load(Path path) {
    return orThrow(validate(path));
  }

  /** Loads a valid spec from memory; see {@link #load(Path)}. */
  public static ApiSpec load(String source, byte[] content) {
    return orThrow(validate(source, content));
  }

  private static ApiSpec orThrow(Result result) {
    return result.spec().orElseThrow(() -> new InvalidSpecException(result.report()));
  }
}
