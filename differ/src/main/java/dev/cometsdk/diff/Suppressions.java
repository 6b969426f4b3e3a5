package dev.cometsdk.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Known breaks that a project has decided to accept: each entry names a rule id and a subject and
 * must give a reason. An entry that matches no change is reported, so that stale entries are
 * noticed. The file is JSON:
 *
 * <pre>
 * {"accepted": [
 *   {"rule": "method-return-type-changed", "subject": "AdminSetUserProfileHash",
 *    "reason": "we do not call it"}]}
 * </pre>
 */
public final class Suppressions {
  private final List<Entry> entries;

  /** One accepted break. */
  public record Entry(String rule, String subject, String reason) {}

  /** The changes with accepted breaks marked, and the entries that matched nothing. */
  public record Applied(List<Change> changes, List<Entry> unmatched) {}

  private Suppressions(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Suppressions none() {
    return new Suppressions(List.of());
  }

  public static Suppressions of(List<Entry> entries) {
    return new Suppressions(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * Reads a suppressions file.
   *
   * @throws IllegalArgumentException naming the file and the JSON pointer of what is wrong
   */
  public static Suppressions read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the suppressions file " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.path("accepted").isArray()) {
      throw new IllegalArgumentException(file + ": expected an object with an array \"accepted\"");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < root.get("accepted").size(); i++) {
      JsonNode entry = root.get("accepted").get(i);
      entries.add(new Entry(text(file, entry, i, "rule"), text(file, entry, i, "subject"), text(file, entry, i, "reason")));
    }
    return new Suppressions(entries);
  }

  private static String text(Path file, JsonNode entry, int index, String key) {
    JsonNode value = entry.get(key);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(file + " (/accepted/" + index + "/" + key + "): \"" + key
          + "\" is required and must be a non-empty string" + (key.equals("reason") ? "; say why the break is accepted" : ""));
    }
    return value.asText();
  }

  Applied apply(List<Change> changes) {
    Set<Entry> used = new LinkedHashSet<>();
    List<Change> marked = new ArrayList<>();
    for (Change change : changes) {
      Entry match = entries.stream()
          .filter(entry -> entry.rule().equals(change.rule()) && entry.subject().equals(change.subject()))
          .findFirst().orElse(null);
      if (match != null) {
        used.add(match);
        marked.add(change.severity() == ChangeSeverity.INFO ? change : change.accept(match.reason()));
      } else {
        marked.add(change);
      }
    }
    List<Entry> unmatched = entries.stream().filter(entry -> !used.contains(entry)).toList();
    return new Applied(marked, unmatched);
  }
}
