package dev.cometsdk.diff;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML page (no external CSS or scripts): a summary with counts and the
 * suggested bump, then the changes grouped by area, breaking first. Rendered with Freemarker from
 * {@link ReportModel}.
 */
public final class HtmlReport {
  private static final Configuration FREEMARKER = configuration();

  private HtmlReport() {}

  public static String render(DiffResult result) {
    Map<String, Object> model = ReportModel.of(result);
    List<Object> areas = new ArrayList<>();
    for (Area area : Area.values()) {
      List<Change> changes = ReportFacts.breakingFirst(result.changes(area));
      if (changes.isEmpty()) {
        continue;
      }
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("title", area.title());
      group.put("breaking", changes.stream().filter(c -> c.effectiveSeverity() == ChangeSeverity.BREAKING).count());
      List<Object> rows = new ArrayList<>();
      changes.forEach(change -> {
        Map<String, Object> row = ReportModel.change(change);
        row.put("usageLine", ReportFacts.usageLine(change.usedBy(), 12));
        row.put("values", ReportFacts.values(change).orElse(""));
        rows.add(row);
      });
      group.put("changes", rows);
      areas.add(group);
    }
    model.put("areas", areas);
    StringWriter out = new StringWriter();
    try {
      Template template = FREEMARKER.getTemplate("report.html.ftl");
      template.process(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("the HTML report template failed: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static Configuration configuration() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(HtmlReport.class, "");
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputEncoding("UTF-8");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    return configuration;
  }
}
