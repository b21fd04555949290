package dev.antitrust.cli;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Writes one inline SVG chart: rectangles, lines and text, with every text escaped. Charts are
 * images with a title for screen readers; the same figures are always in a table or list beside
 * them, so nothing is only in the picture.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  /**
   * Starts a chart.
   *
   * @param cssClass the chart's kind, for tests and styles
   * @param title what the chart shows, read out by screen readers and shown as a tooltip
   */
  Svg(String cssClass, double width, double height, String title) {
    out.append("<svg class=\"chart ").append(cssClass).append("\" viewBox=\"0 0 ")
        .append(n(width)).append(' ').append(n(height)).append("\" width=\"").append(n(width))
        .append("\" height=\"").append(n(height)).append("\" role=\"img\" aria-label=\"").append(Html.text(title))
        .append("\"><title>").append(Html.text(title)).append("</title>\n");
  }

  /** A rectangle filled by a CSS class, with a tooltip when {@code tooltip} is not null. */
  Svg rect(double x, double y, double width, double height, String cssClass, String tooltip) {
    out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(Math.max(0, width))).append("\" height=\"").append(n(height)).append('"');
    if (tooltip == null) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(Html.text(tooltip)).append("</title></rect>\n");
    }
    return this;
  }

  /** Text at a baseline point; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
  Svg text(double x, double y, String text, String anchor, String cssClass) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
        .append('"');
    if (cssClass != null) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append('>').append(Html.text(text)).append("</text>\n");
    return this;
  }

  /** A line styled by a CSS class: an axis, a grid line or a reference line. */
  Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
        .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\"/>\n");
    return this;
  }

  /** Starts a link to an anchor of the page; {@link #endLink} closes it. */
  Svg link(String anchor) {
    out.append("<a href=\"#").append(Html.text(anchor)).append("\">\n");
    return this;
  }

  Svg endLink() {
    out.append("</a>\n");
    return this;
  }

  /**
   * Vertical grid lines and labels for a linear scale from 0 to {@code max}, across {@code width}
   * pixels from {@code x0}, between {@code top} and {@code bottom}, labels under the bottom.
   */
  Svg ticks(double x0, double width, double max, double top, double bottom, DoubleFunction<String> label) {
    double step = niceStep(max / 4);
    for (double v = 0; v <= max + 1e-9; v += step) {
      double x = x0 + width * v / max;
      line(x, top, x, bottom, "axis");
      text(x, bottom + 14, label.apply(v), "middle", "tick");
    }
    return this;
  }

  String end() {
    return out.append("</svg>\n").toString();
  }

  /** A round step near {@code raw}: 1, 2, 2.5 or 5 times a power of ten. */
  static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** A scale's top: {@code value} rounded up to a multiple of its nice step, never 0. */
  static double niceMax(double value) {
    double step = niceStep(Math.max(value, 1) / 4);
    return Math.max(step, Math.ceil(value / step - 1e-9) * step);
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
