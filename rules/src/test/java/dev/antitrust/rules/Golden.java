package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Golden cases of the built-in rules: each call asserts that a rule fires, or stays silent, on a
 * case, and records it. {@link GoldenCoverageTest} runs last and fails when a rule of the pack has
 * no firing or no silent golden case.
 */
final class Golden {
  static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
  static final Set<String> SILENT = ConcurrentHashMap.newKeySet();

  private Golden() {}

  /** Asserts that the rule fires on the case, and returns its concern. */
  static Concern fires(String ruleId, Case c) {
    List<Concern> concerns = BuiltInPack.assess(c).concerns();
    Concern concern = concerns.stream().filter(x -> x.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " did not fire on case " + c.id() + "; fired: "
            + concerns.stream().map(Concern::ruleId).toList()));
    FIRED.add(ruleId);
    return concern;
  }

  /** Asserts that none of the rules fires on the case. */
  static void silent(Case c, String... ruleIds) {
    List<String> fired = BuiltInPack.ruleIds(c);
    assertThat(fired).as("rules that must stay silent on case " + c.id()).doesNotContain(ruleIds);
    SILENT.addAll(List.of(ruleIds));
  }
}
