package dev.antitrust.cli;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart with reference lines: figures such as the HHI before and after a deal as bars, and
 * the thresholds they are measured against as dashed lines across them, each line labelled on a
 * row of its own above the plot so labels of close values never overlap.
 */
final class ReferenceChart {
  private static final int LABEL = 200;
  private static final int PLOT = 560;
  private static final int WIDTH = LABEL + PLOT + 100;
  private static final int ROW = 24;
  private static final int LABEL_ROW = 15;

  private ReferenceChart() {}

  /** A bar: its label, value and CSS class. */
  record Row(String label, double value, String cssClass) {}

  /** A reference line and the short text above it, e.g. {@code 1,800 US}. */
  record Reference(double value, String label) {}

  static String render(String kind, String title, List<Row> rows, List<Reference> references) {
    double largest = Math.max(rows.stream().mapToDouble(Row::value).max().orElse(0),
        references.stream().mapToDouble(Reference::value).max().orElse(0));
    double max = Svg.niceMax(largest * 1.08);
    double top = 6 + references.size() * LABEL_ROW;
    double bottom = top + 6 + rows.size() * ROW;
    Svg svg = new Svg(kind, WIDTH, bottom + 22, title);
    svg.ticks(LABEL, PLOT, max, top, bottom, v -> String.format(Locale.ROOT, "%,.0f", v));
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      double y = top + 8 + i * ROW;
      double length = PLOT * row.value() / max;
      svg.text(LABEL - 8, y + 12, HtmlCharts.clip(row.label()), "end", null);
      svg.rect(LABEL, y, length, 16, row.cssClass(), row.label() + ": " + Html.figure(row.value()));
      svg.text(LABEL + length + 4, y + 12, Html.figure(row.value()), "start", null);
    }
    for (int i = 0; i < references.size(); i++) {
      Reference ref = references.get(i);
      double x = LABEL + PLOT * ref.value() / max;
      double labelY = 4 + (i + 1) * LABEL_ROW - 3;
      svg.line(x, labelY + 3, x, bottom, "ref");
      // Near the right edge the label reads leftwards from its line, so it stays inside the chart.
      svg.text(x + (x > LABEL + PLOT * 0.75 ? -3 : 3), labelY, ref.label(), x > LABEL + PLOT * 0.75 ? "end" : "start",
          "ref-label");
    }
    return svg.end();
  }
}
