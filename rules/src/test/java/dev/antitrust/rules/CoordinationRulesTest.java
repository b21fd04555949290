package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.COMPUTE_SUPPLY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.InformationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinationRulesTest {

  private static Case deal(double shareB, List<InformationKind> information) {
    return TestCases.newCase("info").market("m", "a", 20, "b", shareB, "c", 10)
        .agreement("deal", COMPUTE_SUPPLY, List.of("a", "b"), List.of("m"), null, false, information).build();
  }

  @Test
  void informationExchange_rivalsWithCapacityPlans_firesInUsAndEu() {
    Case c = deal(0.1, List.of(InformationKind.CAPACITY_PLANS));
    Golden.fires("EU-HG23-INFO-EXCHANGE", c);
    assertThat(Golden.fires("US-RIVAL-INFO-EXCHANGE", c).finding())
        .isEqualTo("a and b compete in m (20.0% and 0.1%), and deal gives access to capacity-plans");
  }

  @Test
  void informationExchange_counterpartyWithoutShare_silent() {
    // b holds no share of m, so a and b do not compete there.
    Golden.silent(deal(0, List.of(InformationKind.CAPACITY_PLANS)), "US-RIVAL-INFO-EXCHANGE", "EU-HG23-INFO-EXCHANGE");
  }

  @Test
  void informationExchange_rivalsWithNoInformationFlow_silent() {
    Golden.silent(deal(15, List.of()), "US-RIVAL-INFO-EXCHANGE", "EU-HG23-INFO-EXCHANGE");
  }
}
