package dev.cometsdk.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four report formats say the same things about a real upgrade (25.3.1 to 25.6.8). */
class ReportsTest {
  private static final BundledSpecs CATALOG = BundledSpecs.catalog();
  private static final DiffResult RESULT = SpecDiffer.compare(CATALOG.load("25.3.1"), CATALOG.load("25.6.8"),
      Suppressions.of(List.of(
          new Suppressions.Entry("method-return-type-changed", "UserWebSetProfileHash", "our portal does not call it"),
          new Suppressions.Entry("method-removed", "AdminNoSuchMethod", "stale entry"))));

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    JsonNode root = new ObjectMapper().readTree(JsonReport.render(RESULT));
    assertEquals("25.3.1", root.get("from").asText());
    assertEquals("25.6.8", root.get("to").asText());
    assertEquals("major", root.get("suggestedBump").asText());
    JsonNode summary = root.get("summary");
    assertEquals(RESULT.changes().size(), summary.get("total").asInt());
    assertEquals(2, summary.get("breaking").asInt());
    assertEquals(1, summary.get("accepted").asInt());
    JsonNode first = root.get("changes").get(0);
    for (String key : List.of("rule", "area", "subject", "old", "new", "severity", "effectiveSeverity", "accepted",
        "verdicts", "description", "usedBy")) {
      assertTrue(first.has(key), "every change has '" + key + "'");
    }
    for (String key : List.of("oldClientNewServer", "newClientOldServer", "javaSource", "javaBinary")) {
      assertTrue(first.get("verdicts").has(key), key);
    }
    JsonNode accepted = find(root, "UserWebSetProfileHash");
    assertEquals("breaking", accepted.get("severity").asText());
    assertEquals("info", accepted.get("effectiveSeverity").asText());
    assertEquals("our portal does not call it", accepted.get("accepted").asText());
    assertEquals("AdminNoSuchMethod", root.get("unmatchedSuppressions").get(0).get("subject").asText());
  }

  private static JsonNode find(JsonNode root, String subject) {
    for (JsonNode change : root.get("changes")) {
      if (change.get("subject").asText().equals(subject)) {
        return change;
      }
    }
    throw new AssertionError("no change for " + subject);
  }

  @Test
  void markdownPutsBreakingChangesFirst() {
    String markdown = MarkdownReport.render(RESULT);
    assertTrue(markdown.startsWith("## Comet Server 25.3.1 → 25.6.8\n"), markdown);
    assertTrue(markdown.contains("Suggested SDK version bump: **major**"));
    int breaking = markdown.indexOf("### Breaking changes");
    int other = markdown.indexOf("### Other changes");
    assertTrue(breaking > 0 && other > breaking, markdown);
    assertTrue(markdown.indexOf("`AdminSetUserProfileHash`") < other);
    assertTrue(markdown.contains("Accepted: our portal does not call it"));
    assertTrue(markdown.contains("### Suppressions that matched nothing"));
  }

  @Test
  void htmlIsOneSelfContainedPage() {
    String html = HtmlReport.render(RESULT);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<style>"));
    assertFalse(html.contains("<link"), "no external stylesheet");
    assertFalse(html.contains("<script src"), "no external script");
    assertTrue(html.contains("Comet API 25.3.1 → 25.6.8"));
    assertTrue(html.contains("AdminSetUserProfileHash"));
    assertTrue(html.contains(">accepted<"));
    assertTrue(html.indexOf("AdminSetUserProfileHash") < html.indexOf("AdminDispatcherRequestBrowseProxmox"),
        "breaking changes come first within their area");
  }

  @Test
  void htmlEscapesWhatComesFromTheSpec() {
    Change odd = new Change("method-added", Area.METHOD, "<script>alert(1)</script>", java.util.Optional.empty(),
        java.util.Optional.of("/a&b"), Verdicts.ALL_COMPATIBLE, ChangeSeverity.INFO, "new <b>method</b>", List.of(),
        java.util.Optional.empty());
    String html = HtmlReport.render(new DiffResult("1.0.0", "1.0.1", List.of(odd), List.of()));
    assertFalse(html.contains("<script>alert(1)</script>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void textReportHasTheSummaryAndVerdicts() {
    String text = TextReport.render(RESULT);
    assertTrue(text.startsWith("Comet API 25.3.1 -> 25.6.8: "), text);
    assertTrue(text.contains("Suggested SDK version bump: major"));
    assertTrue(text.contains("ACCEPTED method-return-type-changed  UserWebSetProfileHash"));
    assertTrue(text.contains("old client/new server breaking"));
    assertTrue(text.contains("Unmatched suppression: method-removed AdminNoSuchMethod"));
  }

  /** docs/diff-reports.md documents the JSON report with a sample; it must have the real keys. */
  @Test
  void documentedJsonSampleHasExactlyTheKeysTheReportWrites() throws IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/diff-reports.md"));
    int start = doc.indexOf("```json\n");
    assertTrue(start >= 0, "docs/diff-reports.md has a JSON sample");
    String sample = doc.substring(start + 8, doc.indexOf("```", start + 8));
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(keyPaths(mapper.readTree(JsonReport.render(RESULT)), ""), keyPaths(mapper.readTree(sample), ""));
  }

  /** Every key path of a JSON value; arrays contribute the keys of their elements. */
  private static java.util.SortedSet<String> keyPaths(JsonNode node, String prefix) {
    java.util.SortedSet<String> paths = new java.util.TreeSet<>();
    if (node.isObject()) {
      node.fields().forEachRemaining(entry -> {
        paths.add(prefix + "/" + entry.getKey());
        paths.addAll(keyPaths(entry.getValue(), prefix + "/" + entry.getKey()));
      });
    } else if (node.isArray()) {
      node.forEach(element -> paths.addAll(keyPaths(element, prefix + "[]")));
    }
    return paths;
  }
}
