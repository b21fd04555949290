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
    assertThat(Golden.fires("EU-A102-DOM-50", partyWithShare(50)).finding())
        .isEqualTo("a holds 50.0% of m (≥ 50%): dominance presumed save in exceptional circumstances");
  }

  @Test
  void dominancePresumed_justBelow50_silentButPossibleFires() {
    Golden.silent(partyWithShare(49.9), "EU-A102-DOM-50");
    Golden.fires("EU-A102-DOM-40", partyWithShare(49.9));
  }

  @Test
  void dominancePossible_at40_fires() {
    Golden.fires("EU-A102-DOM-40", partyWithShare(40));
  }

  @Test
  void dominancePossible_justBelow40_silent() {
    Golden.silent(partyWithShare(39.9), "EU-A102-DOM-40", "EU-A102-DOM-50");
  }

  @Test
  void dominance_firmThatIsNoParty_silent() {
    // c holds 60% but is party to no agreement in the case: not a concern of this deal.
    Case c = TestCases.newCase("bystander").market("m", "a", 10, "b", 5, "c", 60)
        .agreement("deal", COMPUTE_SUPPLY, List.of("a", "b"), List.of("m")).build();
    Golden.silent(c, "EU-A102-DOM-50", "EU-A102-DOM-40");
  }
}
