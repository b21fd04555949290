package dev.antitrust.rules;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import java.util.List;

/** The built-in pack, compiled once for all tests of this module. */
final class BuiltInPack {
  static final RiskEngine ENGINE = RiskEngine.builder().build();

  private BuiltInPack() {}

  static Assessment assess(Case c) {
    return ENGINE.assess(c);
  }

  static List<String> ruleIds(Case c) {
    return assess(c).concerns().stream().map(Concern::ruleId).toList();
  }

  static Concern concern(Case c, String ruleId) {
    return assess(c).concerns().stream().filter(x -> x.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " did not fire; fired: " + ruleIds(c)));
  }
}
