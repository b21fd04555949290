package dev.antitrust.cli;

import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * What every HTML report shares: escaping of case text, anchor ids, figures, and the page frame
 * with its inline style sheet and script. Case text reaches the page only through {@link #text},
 * and attribute values are always written in double quotes, so a title such as {@code
 * <script>} stays text.
 */
final class Html {
  /** The style sheet and the folding script, read once from the classpath and inlined in every page. */
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  /** Characters an anchor id keeps; anything else becomes '_', so ids stay valid in URLs and CSS. */
  private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._:-]");

  private Html() {}

  /** Escapes text for an element's content or a double-quoted attribute value. */
  static String text(String value) {
    return value == null ? "" : StringEscapeUtils.escapeHtml4(value);
  }

  /** An anchor id from parts: each part's unsafe characters replaced, parts joined with {@code --}. */
  static String id(String... parts) {
    StringBuilder id = new StringBuilder();
    for (String part : parts) {
      if (id.length() > 0) {
        id.append("--");
      }
      id.append(NOT_ID.matcher(part).replaceAll("_"));
    }
    return id.toString();
  }

  /**
   * The anchor of a concern: its case, rule and subjects, which together identify it across runs,
   * unlike its rank. {@link Anchors} keeps it unique within a page.
   */
  static String concernId(String caseId, Concern concern) {
    return id("concern", caseId, concern.ruleId(), String.join("_", concern.subjects()));
  }

  /** The anchor of a case's section. */
  static String caseId(String caseId) {
    return id("case", caseId);
  }

  /** The CSS class that colours a severity; the colours are in {@code report.css}. */
  static String severityClass(Severity severity) {
    return "sev-" + severity.wireName();
  }

  /** A severity as a coloured badge with its name as text, so colour is never the only signal. */
  static String badge(Severity severity) {
    return "<span class=\"badge " + severityClass(severity) + "\">" + severity.wireName() + "</span>";
  }

  /** A figure as in the text output: {@code 1,856}, {@code 16.5}. */
  static String figure(double value) {
    return ExplanationText.figure(value);
  }

  /** A percentage with one decimal: {@code 24.0%}. */
  static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  /** A score with one decimal, as the other formats print it. */
  static String score(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** The start of a page up to and including {@code <body>}: charset, title, inline style sheet. */
  static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"antitrust " + text(dev.antitrust.engine.RiskEngine.version()) + "\">\n"
        + "<title>" + text(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n";
  }

  /** The end of a page: the disclaimer, the inline folding script and the closing tags. */
  static String foot() {
    return "<footer><p><strong>Not legal advice.</strong> A screening aid: it says where to look and why, from the"
        + " facts in the case file and the thresholds in the rule pack. Written by antitrust "
        + text(dev.antitrust.engine.RiskEngine.version()) + ".</p></footer>\n"
        + "<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n";
  }

  /**
   * The anchors of one page: the first use of an id keeps it, later ones get {@code -2}, {@code -3},
   * so links stay unambiguous even when two cases share an id.
   */
  static final class Anchors {
    private final java.util.Map<String, Integer> used = new java.util.HashMap<>();

    String unique(String id) {
      int n = used.merge(id, 1, Integer::sum);
      return n == 1 ? id : id + "-" + n;
    }
  }

  private static String resource(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the report resource " + name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report resource " + name, e);
    }
  }
}
