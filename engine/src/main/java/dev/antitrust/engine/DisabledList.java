package dev.antitrust.engine;

import dev.antitrust.engine.DrlOutline.RuleOutline;
import dev.antitrust.model.DisabledRule;
import dev.antitrust.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule folder's {@code disabled.csv}: rule ids to turn off, each with the reason, which the run
 * record keeps. A CSV rather than YAML so that it sits beside the two tables and opens in the same
 * spreadsheet. An id no rule of the pack has, or a row without a reason, is a problem: a typo must
 * not leave a rule on that its owner believes off.
 */
final class DisabledList {
  static final String FILE_NAME = "disabled.csv";
  static final List<String> COLUMNS = List.of("id", "reason");

  private DisabledList() {}

  /**
   * Reads every layer's list and marks the rules they name as dropped.
   *
   * @param outlines every DRL file of the pack
   * @param dropped rules to leave out when compiling, by file; the disabled ones are added
   * @return the disabled rules, sorted by id
   */
  static List<DisabledRule> apply(List<RuleFile> tables, List<DrlOutline> outlines,
      Map<DrlOutline, List<RuleOutline>> dropped, List<Problem> problems) {
    Map<String, DisabledRule> disabled = new TreeMap<>();
    for (RuleFile table : tables) {
      for (CsvRows.Row row : CsvRows.read(table, COLUMNS, problems)) {
        String id = row.get("id");
        String where = table.displayName() + ":" + row.line();
        if (id.isBlank()) {
          problems.add(new Problem(table.displayName(), row.line(), 0, "a row has no rule id"));
          continue;
        }
        if (row.get("reason").isBlank()) {
          problems.add(new Problem(table.displayName(), row.line(), 0,
              "rule '" + id + "' is disabled without a reason; say why in the reason column"));
          continue;
        }
        boolean found = false;
        for (DrlOutline outline : outlines) {
          for (RuleOutline rule : outline.rules()) {
            if (id.equals(rule.id())) {
              found = true;
              List<RuleOutline> gone = dropped.computeIfAbsent(outline, k -> new ArrayList<>());
              if (!gone.contains(rule)) {
                gone.add(rule);
              }
            }
          }
        }
        if (!found) {
          problems.add(new Problem(table.displayName(), row.line(), 0,
              "cannot disable rule '" + id + "': no rule of the pack has that @id" + closest(id, outlines)));
          continue;
        }
        disabled.put(id, new DisabledRule(id, row.get("reason"), where));
      }
    }
    return List.copyOf(disabled.values());
  }

  private static String closest(String id, List<DrlOutline> outlines) {
    return outlines.stream().flatMap(o -> o.rules().stream()).map(RuleOutline::id)
        .filter(other -> other != null && !other.isBlank())
        .min(Comparator.comparingInt((String other) -> distance(id, other)).thenComparing(other -> other))
        .filter(other -> distance(id, other) <= Math.max(2, id.length() / 4))
        .map(other -> " (did you mean '" + other + "'?)")
        .orElse("");
  }

  private static int distance(String a, String b) {
    return org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(a, b);
  }
}
