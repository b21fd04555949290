package dev.antitrust.cli;

import dev.antitrust.model.Concern;
import dev.antitrust.model.Explanation;
import dev.antitrust.model.Explanation.Derivation;
import dev.antitrust.model.Explanation.Fact;
import dev.antitrust.model.Threshold;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The concerns of a case as folded entries: the summary line (severity, rank, score, jurisdiction,
 * category, title, rule and finding) is always shown; citation, evidence and the explanation open
 * on click. {@code <details>} folds without script; each entry has its stable anchor.
 */
final class HtmlConcerns {
  private HtmlConcerns() {}

  /**
   * @param anchors each concern's anchor, in the same order
   * @param asOf the date whose thresholds the explanations show
   */
  static String render(List<Concern> concerns, List<String> anchors, LocalDate asOf) {
    StringBuilder html = new StringBuilder("<section class=\"concerns\">\n<h3>Concerns</h3>\n");
    if (concerns.isEmpty()) {
      return html.append("<p>No rule raised a concern.</p>\n</section>\n").toString();
    }
    html.append("<p class=\"muted\">Most serious first. Open a concern for its citation, evidence and the facts,"
        + " thresholds and arithmetic behind it.</p>\n<div class=\"controls\"><button type=\"button\" data-fold=\"open\""
        + " hidden>Open all</button> <button type=\"button\" data-fold=\"close\" hidden>Fold all</button></div>\n");
    for (int i = 0; i < concerns.size(); i++) {
      concern(html, concerns.get(i), anchors.get(i), asOf);
    }
    return html.append("</section>\n").toString();
  }

  private static void concern(StringBuilder html, Concern c, String anchor, LocalDate asOf) {
    html.append("<details class=\"concern ").append(Html.severityClass(c.severity())).append("\" id=\"")
        .append(Html.text(anchor)).append("\" data-rule=\"").append(Html.text(c.ruleId())).append("\">\n<summary>")
        .append(Html.badge(c.severity())).append(" <span class=\"rank\">#").append(c.rank()).append("</span> · score ")
        .append(Html.score(c.score())).append(" · ").append(Html.text(c.jurisdiction())).append(" · ")
        .append(Html.text(c.category().wireName())).append(" · <span class=\"title\">").append(Html.text(c.title()))
        .append("</span> <code>").append(Html.text(c.ruleId())).append("</code><span class=\"finding\">")
        .append(Html.text(c.finding())).append("</span></summary>\n<div class=\"body\">\n<dl class=\"facts\">")
        .append("<dt>Citation</dt><dd>").append(Html.text(c.citation())).append("</dd>")
        .append("<dt>About</dt><dd>").append(codes(c.subjects())).append("</dd>")
        .append("<dt>Evidence</dt><dd>").append(figures(c.evidence())).append("</dd>")
        .append("<dt>Thresholds crossed</dt><dd>").append(figures(c.thresholds())).append("</dd></dl>\n");
    explanation(html, c.explanation(), asOf);
    html.append("<p class=\"muted\"><a href=\"#").append(Html.text(anchor)).append("\">Link to this concern</a></p>\n")
        .append("</div>\n</details>\n");
  }

  private static void explanation(StringBuilder html, Explanation why, LocalDate asOf) {
    html.append("<div class=\"explanation\">\n");
    if (why == null) {
      html.append("<p class=\"muted\">No explanation was computed.</p>\n</div>\n");
      return;
    }
    html.append("<h5>Thresholds as in force on ").append(asOf).append("</h5>\n");
    if (why.thresholds().isEmpty()) {
      html.append("<p>None crossed or applied.</p>\n");
    } else {
      html.append("<table><thead><tr><th>Threshold</th><th class=\"num\">Value</th><th>Jurisdiction</th><th>Valid</th>"
          + "<th>Source</th></tr></thead><tbody>\n");
      for (Threshold t : why.thresholds()) {
        html.append("<tr><td><code>").append(Html.text(t.key())).append("</code></td><td class=\"num\">")
            .append(Html.figure(t.value())).append(' ').append(Html.text(t.unit())).append("</td><td>")
            .append(Html.text(t.jurisdiction())).append("</td><td>").append(Html.text(ExplanationText.validity(t)))
            .append("</td><td>").append(Html.text(t.source())).append("</td></tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    html.append("<h5>Facts</h5>\n<ul>\n");
    for (Fact f : why.facts()) {
      html.append("<li><code>").append(Html.text(f.id())).append("</code> (").append(Html.text(f.kind())).append(")");
      if (!f.fields().isEmpty()) {
        html.append(": ").append(Html.text(f.fields().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining("; "))));
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n");
    if (!why.indicators().isEmpty()) {
      html.append("<h5>Indicators</h5>\n<ul>\n");
      for (Derivation d : why.indicators()) {
        html.append("<li>").append(Html.text(d.derivation())).append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("</div>\n");
  }

  private static String codes(List<String> ids) {
    return ids.isEmpty() ? "—"
        : ids.stream().map(id -> "<code>" + Html.text(id) + "</code>").collect(Collectors.joining(", "));
  }

  private static String figures(Map<String, Double> figures) {
    return figures.isEmpty() ? "—" : Html.text(ExplanationText.evidence(figures));
  }
}
