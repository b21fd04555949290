package dev.antitrust.cli;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes assessments as Markdown for briefing notes and pull requests: a heading per case, the
 * ranked concerns as a table, then each concern's citation.
 */
final class MarkdownRenderer implements Renderer {

  @Override
  public void render(List<Assessment> assessments, boolean several, PrintWriter out) {
    for (int i = 0; i < assessments.size(); i++) {
      if (i > 0) {
        out.println();
      }
      render(assessments.get(i), out);
    }
    out.flush();
  }

  private static void render(Assessment a, PrintWriter out) {
    out.println("## " + cell(a.title()) + " (`" + a.caseId() + "`)");
    out.println();
    out.println("As of " + a.asOf() + "; rule pack " + a.rulePack().version() + ", sha256 `"
        + a.rulePack().sha256().substring(0, 12) + "`.");
    out.println();
    if (a.concerns().isEmpty()) {
      out.println("No concerns.");
      return;
    }
    out.println("| Rank | Score | Severity | Jurisdiction | Category | Finding | Rule |");
    out.println("|---:|---:|---|---|---|---|---|");
    for (Concern c : a.concerns()) {
      out.println("| " + c.rank() + " | " + String.format(Locale.ROOT, "%.1f", c.score()) + " | "
          + c.severity().wireName() + " | " + c.jurisdiction() + " | " + c.category().wireName() + " | "
          + cell(c.finding()) + " | `" + c.ruleId() + "` |");
    }
    out.println();
    out.println("Citations:");
    out.println();
    for (Concern c : a.concerns()) {
      out.println("- `" + c.ruleId() + "` " + cell(c.title()) + ": " + cell(c.citation()));
    }
  }

  /** Keeps a table cell on one line and its pipes literal. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
