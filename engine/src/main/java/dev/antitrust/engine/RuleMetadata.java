package dev.antitrust.engine;

import dev.antitrust.engine.DrlOutline.RuleOutline;
import dev.antitrust.model.Category;
import dev.antitrust.model.Problem;
import dev.antitrust.model.Severity;
import dev.antitrust.model.WireName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The metadata every rule must carry. A concern rule has all of {@code @id @title @category
 * @jurisdiction @severity @citation}; a rule that only derives indicators has {@code @indicator}
 * instead. Anything else is refused, so a misspelt key cannot silently drop a citation.
 */
final class RuleMetadata {
  static final List<String> CONCERN_KEYS = List.of("id", "title", "category", "jurisdiction", "severity", "citation");
  static final String INDICATOR_KEY = "indicator";
  private static final Set<String> KNOWN_KEYS = Set.of("id", "title", "category", "jurisdiction", "severity", "citation", INDICATOR_KEY);
  private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9][A-Z0-9._-]*");
  private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2,5}");

  private RuleMetadata() {}

  /** Checks one rule; returns its catalogue entry when it is a valid concern rule. */
  static Optional<RuleInfo> check(RuleFile file, RuleOutline rule, List<Problem> problems) {
    int before = problems.size();
    String where = "rule \"" + rule.name() + "\"";
    for (String key : rule.metadata().keySet()) {
      if (!KNOWN_KEYS.contains(key)) {
        problem(file, rule, problems, where + " has unknown metadata @" + key
            + " (known: @id @title @category @jurisdiction @severity @citation, or @indicator)");
      }
    }
    if (rule.metadata().containsKey(INDICATOR_KEY)) {
      for (String key : CONCERN_KEYS) {
        if (rule.metadata().containsKey(key)) {
          problem(file, rule, problems, where + " has both @indicator and @" + key
              + ": a rule either derives indicators or raises a concern");
        }
      }
      // Indicators must settle before any concern reads them: a concern rule that fired on a
      // half-summed share or turnover would raise a concern the final figures do not support.
      if (rule.salience() <= 0) {
        problem(file, rule, problems, where + " is an @indicator rule without a positive salience: add"
            + " 'salience 100' so it runs before the concern rules");
      }
      return Optional.empty();
    }
    if (rule.salience() > 0) {
      problem(file, rule, problems, where + " is a concern rule with salience " + rule.salience()
          + ": only @indicator rules may run first (use 0 or less)");
    }
    for (String key : CONCERN_KEYS) {
      String value = rule.metadata().get(key);
      if (value == null || value.isBlank()) {
        problem(file, rule, problems, where + " is missing @" + key
            + " (every concern rule needs @id @title @category @jurisdiction @severity @citation; an indicator rule needs @indicator)");
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String id = rule.metadata().get("id");
    if (!RULE_ID.matcher(id).matches()) {
      problem(file, rule, problems, where + " has @id(\"" + id + "\"): use capitals, digits, '.', '_' or '-', e.g. US-MG23-G1-HHI");
    }
    Optional<Category> category = WireName.lookup(Category.class, rule.metadata().get("category"));
    if (category.isEmpty()) {
      problem(file, rule, problems, where + " has unknown @category(\"" + rule.metadata().get("category")
          + "\"); known: " + String.join(", ", WireName.names(Category.class)));
    }
    Optional<Severity> severity = WireName.lookup(Severity.class, rule.metadata().get("severity"));
    if (severity.isEmpty()) {
      problem(file, rule, problems, where + " has unknown @severity(\"" + rule.metadata().get("severity")
          + "\"); known: " + String.join(", ", WireName.names(Severity.class)));
    }
    String jurisdiction = rule.metadata().get("jurisdiction");
    if (!JURISDICTION.matcher(jurisdiction).matches()) {
      problem(file, rule, problems, where + " has @jurisdiction(\"" + jurisdiction + "\"): use a code such as US, EU or UK");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new RuleInfo(id, rule.metadata().get("title"), category.get(), jurisdiction, severity.get(),
        rule.metadata().get("citation"), file.displayName(), rule.thresholdKeys()));
  }

  private static void problem(RuleFile file, RuleOutline rule, List<Problem> problems, String message) {
    problems.add(new Problem(file.displayName(), rule.line(), rule.column(), message));
  }
}
