package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.DisabledRule;
import dev.antitrust.model.RulePackInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes assessments as one self-contained HTML page for people who would rather look than read:
 * per case an overview (ranked concerns as score bars, a heat map of categories by jurisdiction),
 * the markets with shares and HHI against the thresholds in force, the supply pipelines and
 * hardware, and every concern with its explanation folded open on click. Style sheet, charts (SVG)
 * and the small folding script are inline: the page loads nothing from anywhere.
 */
final class HtmlReport implements Renderer {
  private final Map<String, Case> cases;
  private final RiskEngine engine;

  /**
   * @param cases each assessed case by id, as assessed (after any {@code --as-of})
   * @param engine the engine that assessed them, for the market indicators and thresholds in force;
   *     null when no case was assessed
   */
  HtmlReport(Map<String, Case> cases, RiskEngine engine) {
    this.cases = Map.copyOf(cases);
    this.engine = engine;
  }

  @Override
  public void render(List<Assessment> assessments, boolean several, PrintWriter out) {
    String title = assessments.size() == 1 ? assessments.get(0).title() : assessments.size() + " cases";
    out.print(Html.head("Antitrust screening: " + title));
    out.print("<header><h1>Antitrust screening report</h1>\n<p class=\"disclaimer\"><strong>Not legal advice.</strong>"
        + " A screening aid: where to look and why, from the facts in the case file and the thresholds in the rule"
        + " pack.</p></header>\n<main>\n");
    Html.Anchors anchors = new Html.Anchors();
    List<String> caseAnchors = assessments.stream().map(a -> anchors.unique(Html.caseId(a.caseId()))).toList();
    if (assessments.size() > 1) {
      out.print("<nav class=\"toc\" aria-label=\"Cases\"><h2>Cases</h2><ul>\n");
      for (int i = 0; i < assessments.size(); i++) {
        Assessment a = assessments.get(i);
        out.print("<li><a href=\"#" + caseAnchors.get(i) + "\">" + Html.text(a.title()) + "</a> — "
            + Html.text(TextRenderer.summary(a.concerns())) + "</li>\n");
      }
      out.print("</ul></nav>\n");
    }
    if (assessments.isEmpty()) {
      out.print("<p>No case was assessed.</p>\n");
    }
    for (int i = 0; i < assessments.size(); i++) {
      out.print(article(assessments.get(i), caseAnchors.get(i), anchors));
    }
    out.print("</main>\n");
    out.print(Html.foot());
    out.flush();
  }

  private String article(Assessment a, String anchor, Html.Anchors anchors) {
    Case theCase = cases.get(a.caseId());
    List<Concern> concerns = a.concerns();
    List<String> concernAnchors = new ArrayList<>();
    Map<Concern, String> anchorOf = new IdentityHashMap<>();
    for (Concern c : concerns) {
      String id = anchors.unique(Html.concernId(a.caseId(), c));
      concernAnchors.add(id);
      anchorOf.put(c, id);
    }
    StringBuilder html = new StringBuilder("<article class=\"case\" id=\"").append(anchor).append("\">\n<h2>")
        .append(Html.text(a.title())).append("</h2>\n");
    overview(html, a, theCase, concernAnchors);
    if (theCase != null && engine != null) {
      html.append(new HtmlMarkets(theCase, engine.thresholdsInForce(theCase).values())
          .render(engine.marketIndicators(theCase)));
      html.append(new HtmlSupply(theCase, concerns, anchorOf::get).render(engine.foreclosures(theCase)));
    }
    html.append(HtmlConcerns.render(concerns, concernAnchors, a.asOf()));
    return html.append("</article>\n").toString();
  }

  private static void overview(StringBuilder html, Assessment a, Case theCase, List<String> anchors) {
    RulePackInfo pack = a.rulePack();
    List<String> jurisdictions = theCase == null ? List.of() : theCase.jurisdictions();
    html.append("<section class=\"overview\">\n<dl class=\"facts\">")
        .append("<dt>Case</dt><dd><code>").append(Html.text(a.caseId())).append("</code></dd>")
        .append("<dt>As of</dt><dd>").append(a.asOf()).append("</dd>")
        .append("<dt>Jurisdictions</dt><dd>")
        .append(jurisdictions.isEmpty() ? "all the rule pack covers" : Html.text(String.join(", ", jurisdictions)))
        .append("</dd><dt>Rule pack</dt><dd>").append(Html.text(pack.version())).append(", sha256 <code>")
        .append(Html.text(pack.sha256())).append("</code>; sources ").append(Html.text(String.join(", ", pack.sources())))
        .append(pack.trustedRules() ? "; rule policy off (--trust-rules)" : "").append("</dd>");
    if (!pack.disabled().isEmpty()) {
      html.append("<dt>Disabled rules</dt><dd><ul>");
      for (DisabledRule d : pack.disabled()) {
        html.append("<li><code>").append(Html.text(d.id())).append("</code>: ").append(Html.text(d.reason()))
            .append("</li>");
      }
      html.append("</ul></dd>");
    }
    html.append("<dt>Engine</dt><dd>").append(Html.text(a.engineVersion())).append("</dd></dl>\n");
    if (theCase != null && theCase.notes() != null && !theCase.notes().isBlank()) {
      html.append("<p><strong>Notes:</strong> ").append(Html.text(theCase.notes())).append("</p>\n");
    }
    html.append("<h3>Overview</h3>\n");
    if (a.concerns().isEmpty()) {
      html.append("<p>No concerns.</p>\n</section>\n");
      return;
    }
    html.append("<p><strong>").append(Html.text(TextRenderer.summary(a.concerns()))).append("</strong></p>\n")
        .append(HtmlCharts.severityLegend())
        .append("<figure>").append(HtmlCharts.rankedConcerns(a.concerns(), anchors))
        .append("<figcaption>Concerns by rank: bar length is the score (0–100), colour the severity. Each bar links to"
            + " its concern.</figcaption></figure>\n");
    ConcernGrid grid = new ConcernGrid(jurisdictions);
    a.concerns().forEach(grid::add);
    html.append("<figure>").append(HtmlCharts.heatMap(grid)).append("<figcaption>Concerns by category and jurisdiction:"
        + " the count in each cell, coloured by its most serious concern; grey cells have none.</figcaption></figure>\n")
        .append("</section>\n");
  }
}
