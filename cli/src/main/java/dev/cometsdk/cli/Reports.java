package dev.cometsdk.cli;

import dev.cometsdk.diff.DiffResult;
import dev.cometsdk.diff.HtmlReport;
import dev.cometsdk.diff.JsonReport;
import dev.cometsdk.diff.MarkdownReport;
import dev.cometsdk.diff.TextReport;

/** Picks the report renderer for a format name. */
final class Reports {
  private Reports() {}

  static String render(DiffResult result, String format) {
    switch (format) {
      case "text":
        return TextReport.render(result);
      case "markdown":
        return MarkdownReport.render(result);
      case "json":
        return JsonReport.render(result);
      case "html":
        return HtmlReport.render(result);
      default:
        throw new InputException("unknown report format '" + format + "'");
    }
  }
}
