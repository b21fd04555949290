package dev.antitrust.cli;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import dev.antitrust.model.RulePackInfo;
import dev.antitrust.model.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes assessments as plain-text tables for people: a header line per case, one row per concern
 * with the finding wrapped in its column, and a count by severity. No colours, so the output reads
 * the same in a terminal, a log and a diff.
 */
final class TextRenderer implements Renderer {
  /** The finding column's width: with the other columns, a row fits in about 160 columns. */
  static final int FINDING_WIDTH = 70;

  private static final String GAP = "  ";
  private static final int SHA_SHOWN = 12;
  private static final String[] HEADINGS =
      {"RANK", "SCORE", "SEVERITY", "JUR", "CATEGORY", "FINDING", "RULE"};
  private static final int FINDING = 5;

  @Override
  public void render(List<Assessment> assessments, boolean several, PrintWriter out) {
    for (int i = 0; i < assessments.size(); i++) {
      if (i > 0) {
        out.println();
      }
      render(assessments.get(i), out);
    }
  }

  private void render(Assessment assessment, PrintWriter out) {
    out.println(header(assessment));
    out.println();
    if (assessment.concerns().isEmpty()) {
      out.println("No concerns.");
      return;
    }
    table(assessment.concerns()).forEach(out::println);
    out.println();
    out.println(summary(assessment.concerns()));
  }

  /** The line that names the case, the date and the rules, so a saved report says what it is. */
  static String header(Assessment a) {
    RulePackInfo pack = a.rulePack();
    String sha = pack.sha256().substring(0, Math.min(SHA_SHOWN, pack.sha256().length()));
    // A case without a title takes its id as title; naming it twice would read like a typo.
    String name = a.title().equals(a.caseId()) ? a.caseId() : a.title() + " (" + a.caseId() + ")";
    return name + ", as of " + a.asOf()
        + ", rule pack " + pack.version() + " sha256:" + sha;
  }

  /** The table's lines: headings, then each concern, its finding wrapped onto continuation lines. */
  static List<String> table(List<Concern> concerns) {
    List<String[]> cells = new ArrayList<>();
    List<List<String>> findings = new ArrayList<>();
    int[] widths = new int[HEADINGS.length];
    for (int c = 0; c < HEADINGS.length; c++) {
      widths[c] = HEADINGS[c].length();
    }
    for (Concern concern : concerns) {
      String[] row = {
        Integer.toString(concern.rank()),
        String.format(Locale.ROOT, "%.1f", concern.score()),
        concern.severity().wireName(),
        concern.jurisdiction(),
        concern.category().wireName(),
        "",
        concern.ruleId(),
      };
      List<String> lines = wrap(concern.finding(), FINDING_WIDTH);
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], c == FINDING ? longest(lines) : row[c].length());
      }
      cells.add(row);
      findings.add(lines);
    }
    List<String> table = new ArrayList<>();
    table.add(line(HEADINGS, widths));
    for (int r = 0; r < cells.size(); r++) {
      String[] row = cells.get(r);
      List<String> lines = findings.get(r);
      row[FINDING] = lines.get(0);
      table.add(line(row, widths));
      String[] continuation = new String[HEADINGS.length];
      Arrays.fill(continuation, "");
      for (String more : lines.subList(1, lines.size())) {
        continuation[FINDING] = more;
        table.add(line(continuation, widths));
      }
      table.addAll(ExplanationText.lines(concerns.get(r)));
    }
    return table;
  }

  /** {@code 7 concerns: 2 high, 3 medium, 1 low, 1 info}, most serious first, zero counts left out. */
  static String summary(List<Concern> concerns) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    concerns.forEach(c -> counts.merge(c.severity(), 1, Integer::sum));
    StringJoiner bySeverity = new StringJoiner(", ");
    counts.forEach((severity, n) -> bySeverity.add(n + " " + severity.wireName()));
    return concerns.size() + (concerns.size() == 1 ? " concern: " : " concerns: ") + bySeverity;
  }

  /**
   * Breaks text into lines of at most {@code width} characters at spaces; a word longer than that
   * is cut, since an identifier that overruns the column would push the next column out of line.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static int longest(List<String> lines) {
    return lines.stream().mapToInt(String::length).max().orElse(0);
  }

  /** One table line: numbers right-aligned, text left-aligned, no trailing blanks. */
  private static String line(String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      if (c > 0) {
        line.append(GAP);
      }
      boolean numeric = c < 2;
      String pad = " ".repeat(widths[c] - row[c].length());
      line.append(numeric ? pad + row[c] : row[c] + pad);
    }
    return line.toString().stripTrailing();
  }
}
