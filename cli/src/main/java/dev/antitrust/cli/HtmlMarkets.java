package dev.antitrust.cli;

import dev.antitrust.engine.MarketIndicators;
import dev.antitrust.engine.MarketIndicators.Deal;
import dev.antitrust.engine.MarketIndicators.Share;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Market;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The markets section of a case's report: for each market, the shares before and after each deal
 * as bars, and the HHI and ΔHHI against the HHI thresholds in force in the jurisdictions the market
 * reaches, drawn as reference lines, with the same figures in tables.
 */
final class HtmlMarkets {
  private static final int PANEL = 460;
  private static final int NAME = 170;
  private static final int ROW = 22;
  private static final String HHI_UNIT = "hhi";

  private final Case theCase;
  private final Map<String, String> names;
  private final Collection<Threshold> thresholds;

  /** @param thresholds the rows in force on the case's date, as the engine gives them */
  HtmlMarkets(Case theCase, Collection<Threshold> thresholds) {
    this.theCase = theCase;
    this.names = theCase.companies().stream().collect(Collectors.toMap(Company::id, Company::name));
    this.thresholds = thresholds;
  }

  String render(List<MarketIndicators> markets) {
    StringBuilder html = new StringBuilder("<section class=\"markets\">\n<h3>Markets</h3>\n");
    if (markets.isEmpty()) {
      return html.append("<p>The case names no markets.</p>\n</section>\n").toString();
    }
    html.append("<ul class=\"legend\"><li><span class=\"swatch before\"></span>share before the deal</li>"
        + "<li><span class=\"swatch merged\"></span>the parties as one firm after it</li>"
        + "<li><span class=\"swatch fringe\"></span>fringe (not squared in the HHI)</li>"
        + "<li><span class=\"swatch ref\"></span>threshold in force</li></ul>\n");
    markets.forEach(m -> market(html, m));
    return html.append("</section>\n").toString();
  }

  private void market(StringBuilder html, MarketIndicators view) {
    Market m = view.market();
    html.append("<section class=\"market\" id=\"").append(Html.id("market", theCase.id(), m.id())).append("\">\n<h4>")
        .append(Html.text(m.name())).append(" <span class=\"muted\">(").append(Html.text(m.id())).append(", ")
        .append(Html.text(m.geography())).append("; reached by ")
        .append(view.jurisdictions().isEmpty() ? "none of the pack's jurisdictions"
            : Html.text(String.join(", ", view.jurisdictions())))
        .append(")</span></h4>\n");
    List<Threshold> levels = hhiThresholds(view, false);
    List<Threshold> deltas = hhiThresholds(view, true);
    if (view.deals().isEmpty()) {
      html.append("<p>No deal in the case combines market positions here.</p>\n");
      html.append(figure(shareChart(view, null), "Shares of " + m.name()));
    }
    for (Deal deal : view.deals()) {
      html.append("<p>Deal <code>").append(Html.text(deal.agreement())).append("</code>: HHI ")
          .append(Html.figure(deal.preHhi())).append(" before, ").append(Html.figure(deal.postHhi()))
          .append(" after, ΔHHI ").append(Html.figure(deal.deltaHhi())).append("; combined share ")
          .append(Html.percent(deal.combinedShare())).append('.')
          .append(deal.partyGroups().size() < 2 ? " The parties already form one group here, so no share moves." : "")
          .append("</p>\n");
      html.append(figure(shareChart(view, deal), "Shares before and after " + deal.agreement()));
    }
    List<ReferenceChart.Row> hhiRows = new ArrayList<>();
    hhiRows.add(new ReferenceChart.Row("HHI before", view.hhi(), "before"));
    view.deals().forEach(d -> hhiRows.add(new ReferenceChart.Row("HHI after " + d.agreement(), d.postHhi(), "after")));
    html.append(figure(ReferenceChart.render("hhi", "HHI of " + m.name() + " against the HHI thresholds in force",
        hhiRows, references(levels)), "HHI (sum of squared group shares) and the HHI levels in force"));
    if (!view.deals().isEmpty()) {
      List<ReferenceChart.Row> deltaRows = view.deals().stream()
          .map(d -> new ReferenceChart.Row("ΔHHI " + d.agreement(), d.deltaHhi(), "after")).toList();
      String title = "ΔHHI of each deal in " + m.name() + " against the ΔHHI thresholds in force";
      html.append(figure(ReferenceChart.render("delta-hhi", title, deltaRows, references(deltas)),
          "ΔHHI and the ΔHHI thresholds in force"));
    }
    shareTable(html, view);
    thresholdTable(html, view, levels, deltas);
    html.append("</section>\n");
  }

  /** Before and after panels side by side; without a deal, the one panel of shares. */
  private String shareChart(MarketIndicators view, Deal deal) {
    List<ShareBar> before = bars(view, null);
    List<ShareBar> after = deal == null ? List.of() : bars(view, deal);
    double max = Svg.niceMax(java.util.stream.Stream.concat(before.stream(), after.stream())
        .mapToDouble(ShareBar::share).max().orElse(1));
    int rows = Math.max(before.size(), after.size());
    double height = 24 + rows * ROW + 24;
    String title = "Shares of " + view.market().name() + (deal == null ? "" : " before and after " + deal.agreement());
    Svg svg = new Svg("shares", deal == null ? PANEL : 2 * PANEL, height, title);
    panel(svg, 0, deal == null ? "Shares" : "Before", before, max, rows);
    if (deal != null) {
      panel(svg, PANEL, "After " + deal.agreement(), after, max, rows);
    }
    return svg.end();
  }

  private record ShareBar(String label, double share, String cssClass) {}

  private void panel(Svg svg, double x0, String heading, List<ShareBar> bars, double max, int rows) {
    double width = PANEL - NAME - 60;
    double bottom = 22 + rows * ROW;
    svg.text(x0 + NAME, 14, heading, "start", null);
    svg.ticks(x0 + NAME, width, max, 20, bottom, v -> String.format(Locale.ROOT, "%.0f%%", v));
    for (int i = 0; i < bars.size(); i++) {
      ShareBar bar = bars.get(i);
      double y = 24 + i * ROW;
      svg.text(x0 + NAME - 6, y + 12, HtmlCharts.clip(bar.label()), "end", null);
      svg.rect(x0 + NAME, y, width * bar.share() / max, 15, bar.cssClass(), bar.label() + ": " + Html.percent(bar.share()));
      svg.text(x0 + NAME + width * bar.share() / max + 4, y + 12, Html.percent(bar.share()), "start", null);
    }
  }

  /** The groups' bars, largest first, the fringe last; after a deal, its party groups as one bar. */
  private List<ShareBar> bars(MarketIndicators view, Deal deal) {
    List<ShareBar> bars = new ArrayList<>();
    for (Share s : view.groupShares()) {
      if (deal == null || !deal.partyGroups().contains(s.group())) {
        bars.add(new ShareBar(label(s), s.share(), "before"));
      }
    }
    if (deal != null) {
      String merged = view.groupShares().stream().filter(s -> deal.partyGroups().contains(s.group()))
          .map(this::label).collect(Collectors.joining(" + "));
      bars.add(new ShareBar(merged, deal.combinedShare(), "merged"));
    }
    bars.sort(Comparator.comparingDouble(ShareBar::share).reversed());
    if (view.market().fringeShare() > 0) {
      bars.add(new ShareBar("others (fringe)", view.market().fringeShare(), "fringe"));
    }
    return bars;
  }

  /** A group by its head's name, with the members that hold the share when they are others. */
  private String label(Share s) {
    String head = names.getOrDefault(s.group(), s.group());
    if (s.members().equals(List.of(s.group()))) {
      return head;
    }
    return head + " (" + s.members().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", ")) + ")";
  }

  private void shareTable(StringBuilder html, MarketIndicators view) {
    html.append("<table class=\"shares\"><caption class=\"muted\">Shares by group</caption><thead><tr><th>Group</th>"
        + "<th class=\"num\">Share</th>");
    view.deals().forEach(d -> html.append("<th>Party to ").append(Html.text(d.agreement())).append("</th>"));
    html.append("</tr></thead><tbody>\n");
    for (Share s : view.groupShares()) {
      html.append("<tr><td>").append(Html.text(label(s))).append("</td><td class=\"num\">")
          .append(Html.percent(s.share())).append("</td>");
      view.deals().forEach(d -> html.append("<td>").append(d.partyGroups().contains(s.group()) ? "yes" : "")
          .append("</td>"));
      html.append("</tr>\n");
    }
    if (view.market().fringeShare() > 0) {
      html.append("<tr><td>others (fringe)</td><td class=\"num\">").append(Html.percent(view.market().fringeShare()))
          .append("</td>").append("<td></td>".repeat(view.deals().size())).append("</tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  /** The thresholds drawn, each with where this market's figures stand against it. */
  private void thresholdTable(StringBuilder html, MarketIndicators view, List<Threshold> levels, List<Threshold> deltas) {
    List<Threshold> rows = new ArrayList<>(levels);
    if (!view.deals().isEmpty()) {
      rows.addAll(deltas);
    }
    if (rows.isEmpty()) {
      html.append("<p class=\"muted\">No HHI threshold is in force for the jurisdictions this market reaches.</p>\n");
      return;
    }
    html.append("<table class=\"thresholds\"><caption>HHI thresholds in force on ").append(theCase.asOf())
        .append(" in the jurisdictions the market reaches, and where this market stands. Whether a concern is raised"
            + " depends on each rule's full conditions: see the concerns.</caption><thead><tr><th>Threshold</th>"
            + "<th class=\"num\">Value</th><th>Jurisdiction</th><th>This market</th><th>Source</th></tr></thead><tbody>\n");
    for (Threshold t : rows) {
      List<String> compared = new ArrayList<>();
      if (levels.contains(t)) {
        compared.add("before: " + relation(view.hhi(), t.value()));
        view.deals().forEach(d -> compared.add("after " + d.agreement() + ": " + relation(d.postHhi(), t.value())));
      } else {
        view.deals().forEach(d -> compared.add("ΔHHI " + d.agreement() + ": " + relation(d.deltaHhi(), t.value())));
      }
      html.append("<tr><td><code>").append(Html.text(t.key())).append("</code></td><td class=\"num\">")
          .append(Html.figure(t.value())).append("</td><td>").append(Html.text(t.jurisdiction()))
          .append("</td><td class=\"compared\">")
          .append(compared.stream().map(Html::text).collect(Collectors.joining("<br>")))
          .append("</td><td class=\"source\">")
          .append(Html.text(t.source())).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static String relation(double value, double threshold) {
    return value > threshold ? "above" : value < threshold ? "below" : "at";
  }

  /** The HHI rows in force in the market's jurisdictions: ΔHHI ones when {@code delta}, else levels. */
  private List<Threshold> hhiThresholds(MarketIndicators view, boolean delta) {
    return thresholds.stream()
        .filter(t -> t.unit().equalsIgnoreCase(HHI_UNIT) && view.jurisdictions().contains(t.jurisdiction()))
        .filter(t -> t.key().toLowerCase(Locale.ROOT).contains("delta") == delta)
        .sorted(Comparator.comparingDouble(Threshold::value).thenComparing(Threshold::key))
        .toList();
  }

  /** One reference line per value, labelled with the jurisdictions that use it. */
  private static List<ReferenceChart.Reference> references(List<Threshold> rows) {
    Map<Double, List<Threshold>> byValue = rows.stream()
        .collect(Collectors.groupingBy(Threshold::value, TreeMap::new, Collectors.toList()));
    List<ReferenceChart.Reference> references = new ArrayList<>();
    byValue.forEach((value, ts) -> {
      Set<String> jurisdictions = new LinkedHashSet<>();
      ts.forEach(t -> jurisdictions.add(t.jurisdiction()));
      references.add(new ReferenceChart.Reference(value, Html.figure(value) + " " + String.join("/", jurisdictions)));
    });
    return references;
  }

  private static String figure(String svg, String caption) {
    return "<figure>" + svg + "<figcaption>" + Html.text(caption) + "</figcaption></figure>\n";
  }
}
