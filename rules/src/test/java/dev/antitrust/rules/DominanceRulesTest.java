package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.COMPUTE_SUPPLY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import java.util.List;
import org.junit.jupiter.api.Test;

class DominanceRulesTest {

  /** Party a holds {@code share}; b is its counterparty with 5%. */
  private static Case partyWithShare(double share) {
    return TestCases.newCase("dominance").market("m", "a", share, "b", 5)
        .agreement("deal", COMPUTE_SUPPLY, List.of("a", "b"), List.of("m")).build();
  }

  @Test
  void dominancePresumed_at50_fires() {
    assertThat(BuiltInPack.concern(partyWithShare(50), "EU-A102-DOM-50").finding())
        .isEqualTo("a holds 50.0% of m (≥ 50%): dominance presumed save in exceptional circumstances");
  }

  @Test
  void dominancePresumed_justBelow50_silentButPossibleFires() {
    List<String> fired = BuiltInPack.ruleIds(partyWithShare(49.9));
    assertThat(fired).doesNotContain("EU-A102-DOM-50").contains("EU-A102-DOM-40");
  }

  @Test
  void dominancePossible_at40_fires() {
    assertThat(BuiltInPack.ruleIds(partyWithShare(40))).contains("EU-A102-DOM-40");
  }

  @Test
  void dominancePossible_justBelow40_silent() {
    assertThat(BuiltInPack.ruleIds(partyWithShare(39.9))).doesNotContain("EU-A102-DOM-40", "EU-A102-DOM-50");
  }

  @Test
  void dominance_firmThatIsNoParty_silent() {
    // c holds 60% but is party to no agreement in the case: not a concern of this deal.
    Case c = TestCases.newCase("bystander").market("m", "a", 10, "b", 5, "c", 60)
        .agreement("deal", COMPUTE_SUPPLY, List.of("a", "b"), List.of("m")).build();
    assertThat(BuiltInPack.ruleIds(c)).doesNotContain("EU-A102-DOM-50", "EU-A102-DOM-40");
  }
}
