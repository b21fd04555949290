package dev.antitrust.cli;

import dev.antitrust.model.Case;
import dev.antitrust.model.Category;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Foreclosure;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.Pipeline;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pipelines and hardware section of a case's report: who supplies what to whom, exclusive or
 * not, and what share of the input market that ties up; and each hardware asset with the export
 * classification the rules gave it.
 */
final class HtmlSupply {
  private static final int BOX = 200;
  private static final int WIDTH = 760;
  private static final int ROW = 46;

  private final Case theCase;
  private final Map<String, String> names;
  private final List<Concern> concerns;
  private final Function<Concern, String> anchorOf;

  HtmlSupply(Case theCase, List<Concern> concerns, Function<Concern, String> anchorOf) {
    this.theCase = theCase;
    this.names = theCase.companies().stream().collect(Collectors.toMap(Company::id, Company::name));
    this.concerns = concerns;
    this.anchorOf = anchorOf;
  }

  String render(List<Foreclosure> foreclosures) {
    StringBuilder html = new StringBuilder("<section class=\"supply\">\n<h3>Pipelines and hardware</h3>\n");
    pipelines(html, foreclosures);
    hardware(html);
    return html.append("</section>\n").toString();
  }

  private void pipelines(StringBuilder html, List<Foreclosure> foreclosures) {
    html.append("<h4>Supply pipelines</h4>\n");
    if (theCase.pipelines().isEmpty()) {
      html.append("<p>The case names no supply pipelines.</p>\n");
      return;
    }
    html.append("<figure>").append(diagram()).append("<figcaption><ul class=\"legend\"><li><span class=\"swatch"
        + " sev-high\"></span>exclusive</li><li><span class=\"swatch before\"></span>not exclusive (dashed)</li></ul>"
        + "</figcaption></figure>\n");
    html.append("<table class=\"pipelines\"><thead><tr><th>Pipeline</th><th>Supplier → customer</th><th>Input</th>"
        + "<th>Exclusive</th><th class=\"num\">Share of supplier's capacity</th>"
        + "<th class=\"num\">Input market foreclosed</th><th>Term</th><th>Agreement</th></tr></thead><tbody>\n");
    for (Pipeline p : theCase.pipelines()) {
      html.append("<tr><td><code>").append(Html.text(p.id())).append("</code></td><td>")
          .append(Html.text(name(p.supplier()))).append(" → ").append(Html.text(name(p.customer())))
          .append("</td><td>").append(Html.text(p.input().wireName()))
          .append(p.inputMarket() == null ? "" : " (" + Html.text(p.inputMarket()) + ")").append("</td><td>")
          .append(p.exclusive() ? "<strong>exclusive</strong>" : "no").append("</td><td class=\"num\">")
          .append(Html.percent(p.shareOfSupplierCapacity())).append("</td><td class=\"num\">")
          .append(Html.percent(p.marketForeclosed())).append("</td><td>").append(term(p)).append("</td><td>")
          .append(p.agreement() == null ? "" : "<code>" + Html.text(p.agreement()) + "</code>").append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
    if (!foreclosures.isEmpty()) {
      html.append("<p>Foreclosed share by supplying group, over all its exclusive pipelines of an input:</p>\n<ul>\n");
      for (Foreclosure f : foreclosures) {
        html.append("<li>").append(Html.text(name(f.firm()))).append(" ties up <strong>").append(Html.percent(f.share()))
            .append("</strong> of the ").append(Html.text(f.input().wireName())).append(" market through ")
            .append(Html.text(String.join(", ", f.pipelines()))).append("</li>\n");
      }
      html.append("</ul>\n");
    }
  }

  /** Suppliers on the left, customers on the right, a line per pipeline: solid red when exclusive. */
  private String diagram() {
    List<String> suppliers = theCase.pipelines().stream().map(Pipeline::supplier).distinct().toList();
    List<String> customers = theCase.pipelines().stream().map(Pipeline::customer).distinct().toList();
    int rows = Math.max(suppliers.size(), customers.size());
    Svg svg = new Svg("pipelines", WIDTH, 40 + rows * ROW,
        "Supply pipelines: suppliers on the left, customers on the right");
    svg.text(10, 14, "Supplier", "start", null).text(WIDTH - 10, 14, "Customer", "end", null);
    Map<String, Integer> fromSupplier = new HashMap<>();
    for (Pipeline p : theCase.pipelines()) {
      double y1 = y(suppliers.indexOf(p.supplier())) + 15;
      double y2 = y(customers.indexOf(p.customer())) + 15;
      svg.line(10 + BOX, y1, WIDTH - 10 - BOX, y2, p.exclusive() ? "flow exclusive" : "flow open");
      // Each label starts at its supplier, one above the other, so labels of different lines never meet.
      int nth = fromSupplier.merge(p.supplier(), 1, Integer::sum) - 1;
      svg.text(18 + BOX, y1 - 5 - nth * 13, p.input().wireName() + (p.exclusive() ? ", exclusive, " : ", not exclusive, ")
          + Html.percent(p.marketForeclosed()) + " of the market foreclosed", "start", null);
    }
    for (int i = 0; i < suppliers.size(); i++) {
      node(svg, 10, y(i), name(suppliers.get(i)));
    }
    for (int i = 0; i < customers.size(); i++) {
      node(svg, WIDTH - 10 - BOX, y(i), name(customers.get(i)));
    }
    return svg.end();
  }

  private static double y(int row) {
    return 34 + row * ROW;
  }

  private static void node(Svg svg, double x, double y, String label) {
    svg.rect(x, y, BOX, 30, "node", label);
    svg.text(x + BOX / 2.0, y + 20, HtmlCharts.clip(label), "middle", null);
  }

  private void hardware(StringBuilder html) {
    html.append("<h4>Hardware</h4>\n");
    if (theCase.hardware().isEmpty()) {
      html.append("<p>The case names no hardware.</p>\n");
      return;
    }
    html.append("<table class=\"hardware\"><thead><tr><th>Asset</th><th>Owner</th><th>Kind</th><th class=\"num\">Units</th>"
        + "<th>Chip</th><th class=\"num\">TPP per unit</th><th class=\"num\">Power</th><th>Locations</th>"
        + "<th>Accessible by</th><th>Export-control classification (from the rules that fired)</th></tr></thead><tbody>\n");
    for (HardwareAsset h : theCase.hardware()) {
      html.append("<tr><td><code>").append(Html.text(h.id())).append("</code></td><td>").append(Html.text(name(h.owner())))
          .append("</td><td>").append(Html.text(h.kind().wireName())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%,d", h.units())).append("</td><td>").append(Html.text(h.chip()))
          .append("</td><td class=\"num\">").append(h.tppPerUnit() == null ? "" : Html.figure(h.tppPerUnit()))
          .append("</td><td class=\"num\">").append(h.powerMw() == null ? "" : Html.figure(h.powerMw()) + " MW")
          .append("</td><td>").append(Html.text(String.join(", ", h.locations()))).append("</td><td>")
          .append(Html.text(h.accessibleBy().stream().map(this::name).collect(Collectors.joining(", "))))
          .append("</td><td>").append(classification(h)).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  /** The export-control concerns about the asset, each linked; their titles name the class. */
  private String classification(HardwareAsset h) {
    List<Concern> about = concerns.stream()
        .filter(c -> c.category() == Category.EXPORT_CONTROL && c.subjects().contains(h.id())).toList();
    if (about.isEmpty()) {
      return "<span class=\"muted\">no export-control rule fired</span>";
    }
    return about.stream()
        .map(c -> "<a href=\"#" + Html.text(anchorOf.apply(c)) + "\">" + Html.text(c.title()) + "</a> ("
            + Html.text(c.jurisdiction()) + ", <code>" + Html.text(c.ruleId()) + "</code>)")
        .collect(Collectors.joining("<br>"));
  }

  private static String term(Pipeline p) {
    if (p.indefinite()) {
      return "indefinite";
    }
    return p.durationMonths() == null ? "" : p.durationMonths() + " months";
  }

  private String name(String company) {
    return company == null ? "" : names.getOrDefault(company, company);
  }
}
