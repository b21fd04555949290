package dev.antitrust.engine;

import dev.antitrust.model.Category;
import dev.antitrust.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders a rule pack's catalogue as Markdown: every concern rule with its metadata and the
 * threshold keys it uses, grouped by category, with the scoring formula and what each severity means.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /** What each severity is used for; the catalogue and the README say the same. */
  static final Map<Severity, String> SEVERITY_MEANING = Map.of(
      Severity.CRITICAL, "a likely violation, or a mandatory step with serious penalties plainly missed",
      Severity.HIGH, "a legal presumption is met, or a theory of harm the agencies name is squarely raised",
      Severity.MEDIUM, "a screen is failed: review is likely and the facts need work",
      Severity.LOW, "worth noting, usually resolved on the facts; merger-control filing obligations, which are"
          + " procedural and rank below substantive concerns",
      Severity.INFO, "context a reviewer should know: classifications, draft guidance, rescinded rules");

  /** The catalogue of {@code rules} as a Markdown document. */
  public static String markdown(List<RuleInfo> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# Rule catalogue\n\n")
        .append("Generated from the rule files by `CatalogueTest`; do not edit by hand. ")
        .append(rules.size()).append(" concern rules in ")
        .append(rules.stream().map(RuleInfo::category).distinct().count()).append(" categories and ")
        .append(rules.stream().map(RuleInfo::jurisdiction).distinct().count()).append(" jurisdictions.\n\n")
        .append("## Scoring\n\n")
        .append("`score = clamp(0, 100, weight(severity) + adjustment(category) + marginPoints × min(1, margin))`,")
        .append(" rounded to one decimal. `margin` is how far past its threshold the case lies, relative to the")
        .append(" threshold (ΔHHI 150 against 100 is 0.5). Weights, margin points and category adjustments are rows")
        .append(" of `thresholds.csv` (`score.weight.*`, `score.margin.points`, `score.category.*`). With the")
        .append(" defaults (90, 70, 50, 30, 10; 10 margin points; merger-filing −10) a concern never outranks a more")
        .append(" severe one, and a filing duty ranks below substantive concerns of its severity. Ties break by")
        .append(" severity, jurisdiction, rule id and subjects.\n\n")
        .append("| severity | used for |\n|---|---|\n");
    for (Severity s : Severity.values()) {
      md.append("| ").append(s.wireName()).append(" | ").append(SEVERITY_MEANING.get(s)).append(" |\n");
    }
    Map<Category, List<RuleInfo>> byCategory = new TreeMap<>(rules.stream()
        .collect(Collectors.groupingBy(RuleInfo::category)));
    byCategory.forEach((category, inCategory) -> {
      md.append("\n## ").append(category.wireName()).append("\n\n")
          .append("| id | title | jurisdiction | severity | citation | thresholds |\n|---|---|---|---|---|---|\n");
      inCategory.stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(r -> md.append("| `").append(r.id())
          .append("` | ").append(cell(r.title())).append(" | ").append(r.jurisdiction())
          .append(" | ").append(r.severity().wireName()).append(" | ").append(cell(r.citation()))
          .append(" | ").append(r.thresholdKeys().stream().map(k -> "`" + k + "`").collect(Collectors.joining("<br>")))
          .append(" |\n"));
    });
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
