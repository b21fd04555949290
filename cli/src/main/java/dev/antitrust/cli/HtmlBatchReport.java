package dev.antitrust.cli;

import dev.antitrust.engine.batch.BatchError;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Category;
import dev.antitrust.model.Concern;
import dev.antitrust.model.RulePackInfo;
import dev.antitrust.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code batch --format html}: one page for a whole corpus. Workers write each case with concerns
 * as a compact section ({@link #section}) and each error as a short one ({@link #error}); the
 * pipeline writes them in input order to a spool file, since the overview that heads the page —
 * counts by severity and category, the most serious cases — is known only at the end. {@link
 * #write} then writes the page: overview, the spooled sections, and the rules that fired with their
 * citations, given once rather than per concern. Cases without concerns are counted, not listed,
 * and charts are drawn once for the corpus, so the page stays usable at tens of thousands of cases.
 */
final class HtmlBatchReport {
  private HtmlBatchReport() {}

  /** A case's section: its concerns as table rows; empty for a case without concerns. */
  static String section(Assessment a, String location) {
    if (a.concerns().isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<section class=\"case\" id=\"").append(caseAnchor(location)).append("\">\n<h3>")
        .append(Html.badge(a.highestSeverity().orElseThrow())).append(' ').append(Html.text(a.title()))
        .append(" <code>").append(Html.text(a.caseId())).append("</code></h3>\n<p class=\"muted\">")
        .append(Html.text(location)).append(" · as of ").append(a.asOf()).append(" · ")
        .append(Html.text(TextRenderer.summary(a.concerns()))).append("</p>\n<table class=\"concerns\"><thead><tr>"
            + "<th class=\"num\">Rank</th><th class=\"num\">Score</th><th>Severity</th><th>Jur.</th><th>Category</th>"
            + "<th>Finding</th><th>Rule</th></tr></thead><tbody>\n");
    for (Concern c : a.concerns()) {
      html.append("<tr><td class=\"num\">").append(c.rank()).append("</td><td class=\"num\">").append(Html.score(c.score()))
          .append("</td><td>").append(Html.badge(c.severity())).append("</td><td>").append(Html.text(c.jurisdiction()))
          .append("</td><td>").append(c.category().wireName()).append("</td><td>").append(Html.text(c.finding()))
          .append("</td><td><a href=\"#").append(ruleAnchor(c.ruleId())).append("\"><code>").append(Html.text(c.ruleId()))
          .append("</code></a></td></tr>\n");
    }
    return html.append("</tbody></table>\n</section>\n").toString();
  }

  /** An error's section: where, and every message. */
  static String error(BatchError e) {
    StringBuilder html = new StringBuilder("<section class=\"case error\" id=\"").append(errorAnchor(e.source()))
        .append("\">\n<h3>Error: ").append(Html.text(e.source()))
        .append(e.caseId() == null ? "" : " <code>" + Html.text(e.caseId()) + "</code>").append("</h3>\n<ul>\n");
    e.messages().forEach(m -> html.append("<li>").append(Html.text(m)).append("</li>\n"));
    return html.append("</ul>\n</section>\n").toString();
  }

  /** Writes the page around the spooled sections. */
  static void write(Writer out, BatchTally tally, RulePackInfo pack, Path sections) throws IOException {
    BatchHighlights highlights = tally.highlights();
    out.write(Html.head("Antitrust batch screening: " + String.format(Locale.ROOT, "%,d cases", tally.inputs())));
    out.write("<header><h1>Antitrust batch screening</h1>\n<p class=\"disclaimer\"><strong>Not legal advice.</strong>"
        + " A screening aid: where to look and why, from the facts in the case files and the thresholds in the rule"
        + " pack.</p></header>\n<main>\n<section class=\"overview\">\n<h2>Overview</h2>\n<dl class=\"facts\">");
    out.write("<dt>Cases</dt><dd>" + count(tally.inputs()) + ": " + count(tally.results()) + " assessed, "
        + count(tally.errors()) + " errors</dd>");
    out.write("<dt>Rule pack</dt><dd>" + Html.text(pack.version()) + ", sha256 <code>" + Html.text(pack.sha256())
        + "</code>; sources " + Html.text(String.join(", ", pack.sources())) + "</dd></dl>\n");
    out.write(HtmlCharts.severityLegend());
    List<HtmlCharts.Bar> highest = new ArrayList<>();
    tally.resultsByHighestSeverity().forEach((severity, n) -> highest.add(new HtmlCharts.Bar(severity, n,
        severity.equals("none") ? "fringe" : "sev-" + severity)));
    out.write("<h3>Cases by their most serious concern</h3>\n<figure>"
        + HtmlCharts.countBars("by-highest", "Cases by their most serious concern", highest) + "</figure>\n");
    out.write("<h3>Concerns by severity</h3>\n<table class=\"counts\"><thead><tr><th>Severity</th><th class=\"num\">"
        + "Concerns</th></tr></thead><tbody>\n");
    for (Map.Entry<String, Long> e : tally.concernsBySeverity().entrySet()) {
      out.write("<tr><td>" + Html.badge(Severity.valueOf(e.getKey().toUpperCase(Locale.ROOT))) + "</td><td class=\"num\">"
          + count(e.getValue()) + "</td></tr>\n");
    }
    out.write("</tbody></table>\n");
    List<HtmlCharts.Bar> categories = new ArrayList<>();
    for (Map.Entry<Category, Long> e : highlights.concernsByCategory().entrySet()) {
      categories.add(new HtmlCharts.Bar(e.getKey().wireName(), e.getValue(), "after"));
    }
    out.write("<h3>Concerns by category</h3>\n<figure>" + HtmlCharts.countBars("by-category", "Concerns by category",
        categories) + "</figure>\n<figure>" + HtmlCharts.heatMap(highlights.grid()) + "<figcaption>Concerns by category"
        + " and jurisdiction: the count in each cell, coloured by its most serious concern.</figcaption></figure>\n");
    topCases(out, highlights);
    errors(out, tally, highlights);
    out.write("</section>\n<section class=\"cases\">\n<h2>Cases with concerns and errors</h2>\n<p class=\"muted\">In"
        + " input order. Cases without concerns are counted above and not listed.</p>\n");
    try (BufferedReader in = Files.newBufferedReader(sections, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
    out.write("</section>\n");
    rules(out, highlights);
    out.write("</main>\n" + Html.foot());
  }

  private static void topCases(Writer out, BatchHighlights highlights) throws IOException {
    List<BatchHighlights.CaseSummary> top = highlights.topCases();
    out.write("<h3>The most serious cases</h3>\n");
    if (top.isEmpty()) {
      out.write("<p>No case raised a concern.</p>\n");
      return;
    }
    out.write("<table class=\"top-cases\"><caption>Up to " + BatchHighlights.TOP_CASES + " cases: most serious concern"
        + " first, then the highest score.</caption><thead><tr><th>Case</th><th>Most serious</th><th class=\"num\">"
        + "Top score</th><th class=\"num\">Concerns</th><th>Input</th></tr></thead><tbody>\n");
    for (BatchHighlights.CaseSummary c : top) {
      out.write("<tr><td><a href=\"#" + caseAnchor(c.location()) + "\">" + Html.text(c.title()) + "</a> <code>"
          + Html.text(c.caseId()) + "</code></td><td>" + Html.badge(c.highest()) + "</td><td class=\"num\">"
          + Html.score(c.topScore()) + "</td><td class=\"num\">" + c.concerns() + "</td><td>" + Html.text(c.location())
          + "</td></tr>\n");
    }
    out.write("</tbody></table>\n");
  }

  private static void errors(Writer out, BatchTally tally, BatchHighlights highlights) throws IOException {
    if (tally.errors() == 0) {
      return;
    }
    out.write("<h3>Errors</h3>\n<p>" + count(tally.errors()) + (tally.errors() == 1 ? " case" : " cases")
        + " could not be assessed; each is listed in input order below. The first:</p>\n<ul>\n");
    for (BatchHighlights.ErrorSummary e : highlights.firstErrors()) {
      out.write("<li><a href=\"#" + errorAnchor(e.location()) + "\">" + Html.text(e.location()) + "</a>: "
          + Html.text(e.message()) + "</li>\n");
    }
    out.write("</ul>\n");
  }

  private static void rules(Writer out, BatchHighlights highlights) throws IOException {
    out.write("<section class=\"rules\">\n<h2>Rules that fired</h2>\n");
    if (highlights.rules().isEmpty()) {
      out.write("<p>None.</p>\n</section>\n");
      return;
    }
    out.write("<table><thead><tr><th>Rule</th><th>Title</th><th>Severity</th><th>Jur.</th><th>Category</th>"
        + "<th class=\"num\">Concerns</th><th>Citation</th></tr></thead><tbody>\n");
    for (BatchHighlights.RuleSummary r : highlights.rules()) {
      out.write("<tr id=\"" + ruleAnchor(r.ruleId()) + "\"><td><code>" + Html.text(r.ruleId()) + "</code></td><td>"
          + Html.text(r.title()) + "</td><td>" + Html.badge(r.severity()) + "</td><td>" + Html.text(r.jurisdiction())
          + "</td><td>" + r.category().wireName() + "</td><td class=\"num\">" + count(r.concerns()) + "</td><td>"
          + Html.text(r.citation()) + "</td></tr>\n");
    }
    out.write("</tbody></table>\n</section>\n");
  }

  /** The anchor of a case's section: from its input location, which is unique in a run, unlike case ids. */
  static String caseAnchor(String location) {
    return Html.id("case", location);
  }

  static String errorAnchor(String location) {
    return Html.id("error", location);
  }

  static String ruleAnchor(String ruleId) {
    return Html.id("rule", ruleId);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
