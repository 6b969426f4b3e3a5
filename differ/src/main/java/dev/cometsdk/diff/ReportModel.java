package dev.cometsdk.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A diff result as plain maps, lists and strings: the documented JSON shape, and the data the
 * HTML template reads, so that both say exactly the same.
 */
public final class ReportModel {
  private ReportModel() {}

  /** The JSON report's root object; its shape is documented in docs/diff-reports.md, which a test keeps in step. */
  public static Map<String, Object> of(DiffResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("from", result.from());
    root.put("to", result.to());
    root.put("suggestedBump", result.suggestedBump().label());
    root.put("summary", summary(result));
    List<Object> changes = new ArrayList<>();
    result.changes().forEach(change -> changes.add(change(change)));
    root.put("changes", changes);
    List<Object> unmatched = new ArrayList<>();
    for (Suppressions.Entry entry : result.unmatchedSuppressions()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("rule", entry.rule());
      json.put("subject", entry.subject());
      json.put("reason", entry.reason());
      unmatched.add(json);
    }
    root.put("unmatchedSuppressions", unmatched);
    return root;
  }

  private static Map<String, Object> summary(DiffResult result) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("total", result.changes().size());
    summary.put("breaking", result.count(ChangeSeverity.BREAKING));
    summary.put("warning", result.count(ChangeSeverity.WARNING));
    summary.put("info", result.count(ChangeSeverity.INFO));
    summary.put("accepted", result.acceptedCount());
    Map<String, Object> byArea = new LinkedHashMap<>();
    for (Area area : Area.values()) {
      byArea.put(area.name().toLowerCase(java.util.Locale.ROOT), result.changes(area).size());
    }
    summary.put("byArea", byArea);
    return summary;
  }

  static Map<String, Object> change(Change change) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rule", change.rule());
    json.put("area", change.area().name().toLowerCase(java.util.Locale.ROOT));
    json.put("subject", change.subject());
    json.put("old", change.oldValue().orElse(null));
    json.put("new", change.newValue().orElse(null));
    json.put("severity", change.severity().label());
    json.put("effectiveSeverity", change.effectiveSeverity().label());
    json.put("accepted", change.accepted().orElse(null));
    Map<String, Object> verdicts = new LinkedHashMap<>();
    verdicts.put("oldClientNewServer", change.verdicts().oldClientNewServer().label());
    verdicts.put("newClientOldServer", change.verdicts().newClientOldServer().label());
    verdicts.put("javaSource", change.verdicts().javaSource().label());
    verdicts.put("javaBinary", change.verdicts().javaBinary().label());
    json.put("verdicts", verdicts);
    json.put("description", change.description());
    List<Object> usedBy = new ArrayList<>();
    for (Usage usage : change.usedBy()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("method", usage.method());
      entry.put("direction", usage.direction().label());
      usedBy.add(entry);
    }
    json.put("usedBy", usedBy);
    return json;
  }
}
