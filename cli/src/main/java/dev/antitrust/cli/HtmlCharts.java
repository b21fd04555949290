package dev.antitrust.cli;

import dev.antitrust.model.Category;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The overview charts of the HTML reports: ranked concerns as score bars, a heat map of categories
 * by jurisdiction, bars of counts, and the severity legend they share.
 */
final class HtmlCharts {
  /** Label column, bar area and value column of the bar charts, in pixels. */
  private static final int LABEL = 300;
  private static final int BARS = 480;
  private static final int WIDTH = LABEL + BARS + 110;
  private static final int ROW = 24;
  private static final int BAR = 16;
  private static final int LABEL_CHARS = 40;

  private HtmlCharts() {}

  /** The severities with their colours, as text beside a swatch. */
  static String severityLegend() {
    StringBuilder legend = new StringBuilder("<ul class=\"legend\" aria-label=\"Severity colours\">");
    for (Severity s : Severity.values()) {
      legend.append("<li><span class=\"swatch ").append(Html.severityClass(s)).append("\"></span>")
          .append(s.wireName()).append("</li>");
    }
    return legend.append("</ul>\n").toString();
  }

  /**
   * One bar per concern in rank order: its length the score on a 0–100 scale, its colour the
   * severity, and its label a link to the concern.
   *
   * @param anchors each concern's anchor, in the same order
   */
  static String rankedConcerns(List<Concern> concerns, List<String> anchors) {
    int height = 10 + concerns.size() * ROW + 24;
    double bottom = 6 + concerns.size() * ROW;
    Svg svg = new Svg("ranked", WIDTH, height, "Concerns ranked by score, coloured by severity");
    svg.ticks(LABEL, BARS, 100, 4, bottom, v -> String.format(Locale.ROOT, "%.0f", v));
    for (int i = 0; i < concerns.size(); i++) {
      Concern c = concerns.get(i);
      double y = 8 + i * ROW;
      svg.link(anchors.get(i));
      svg.text(LABEL - 8, y + BAR - 4, clip(c.rank() + ". " + c.ruleId() + " · " + c.jurisdiction()), "end", null);
      svg.rect(LABEL, y, BARS * c.score() / 100, BAR, Html.severityClass(c.severity()),
          c.rank() + ". " + c.title() + ": score " + Html.score(c.score()) + ", " + c.severity().wireName());
      svg.text(LABEL + BARS * c.score() / 100 + 6, y + BAR - 4, Html.score(c.score()) + " " + c.severity().wireName(),
          "start", null);
      svg.endLink();
    }
    return svg.end();
  }

  /**
   * The heat map: a row per category, every category listed so an empty row says "nothing here",
   * a column per jurisdiction; each cell the count, coloured by its most serious concern.
   */
  static String heatMap(ConcernGrid grid) {
    List<String> columns = grid.jurisdictions();
    int cell = 64;
    int label = 190;
    int top = 22;
    Category[] rows = Category.values();
    Svg svg = new Svg("heatmap", label + cell * Math.max(1, columns.size()) + 4, top + rows.length * 26 + 4,
        "Concerns by category and jurisdiction: count per cell, coloured by the most serious");
    for (int c = 0; c < columns.size(); c++) {
      svg.text(label + c * cell + cell / 2.0, 15, columns.get(c), "middle", null);
    }
    for (int r = 0; r < rows.length; r++) {
      double y = top + r * 26;
      svg.text(label - 8, y + 17, rows[r].wireName(), "end", null);
      for (int c = 0; c < columns.size(); c++) {
        ConcernGrid.Cell counted = grid.cell(rows[r], columns.get(c));
        double x = label + c * cell;
        String where = rows[r].wireName() + " in " + columns.get(c);
        if (counted == null) {
          svg.rect(x + 1, y + 1, cell - 2, 24, "empty", where + ": none");
        } else {
          svg.rect(x + 1, y + 1, cell - 2, 24, Html.severityClass(counted.highest()), where + ": " + counted.count()
              + (counted.count() == 1 ? " concern" : " concerns") + ", most serious " + counted.highest().wireName());
          svg.text(x + cell / 2.0, y + 18, String.format(Locale.ROOT, "%,d", counted.count()), "middle", "on-dark");
        }
      }
    }
    return svg.end();
  }

  /** One bar of a {@link #countBars} chart. */
  record Bar(String label, long value, String cssClass) {}

  /** Horizontal bars of counts, scaled to the largest. */
  static String countBars(String kind, String title, List<Bar> bars) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    double scaleMax = Svg.niceMax(max);
    double bottom = 6 + bars.size() * ROW;
    Svg svg = new Svg(kind, WIDTH, bottom + 24, title);
    svg.ticks(LABEL, BARS, scaleMax, 4, bottom, v -> String.format(Locale.ROOT, "%,.0f", v));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 8 + i * ROW;
      svg.text(LABEL - 8, y + BAR - 4, clip(bar.label()), "end", null);
      svg.rect(LABEL, y, BARS * bar.value() / scaleMax, BAR, bar.cssClass(), bar.label() + ": " + bar.value());
      svg.text(LABEL + BARS * bar.value() / scaleMax + 6, y + BAR - 4, String.format(Locale.ROOT, "%,d", bar.value()),
          "start", null);
    }
    return svg.end();
  }

  /** Keeps a label inside its column; the tooltip and the tables carry the whole text. */
  static String clip(String label) {
    return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
  }
}
