package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.ACQUISITION;
import static dev.antitrust.model.AgreementKind.COMPUTE_SUPPLY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input foreclosure: a large supplier of an input tied to one downstream firm that has rivals. */
class VerticalForeclosureRulesTest {

  private static final String[] MERGER_RULES = {"US-MG23-G5-VERTICAL-MERGER", "EU-NHG-VERTICAL-MERGER"};
  private static final String[] SUPPLY_RULES = {"US-VERTICAL-EXCLUSIVE-SUPPLY", "EU-VERTICAL-EXCLUSIVE-SUPPLY"};

  /**
   * u holds {@code upstream} of compute and makes a deal with d, which holds 20% of models against r
   * (50%) and a fringe (30%).
   */
  private static Case merger(AgreementKind kind, double upstream, double rival) {
    return CaseFacts.caseOf("vertical-merger",
        List.of(CaseFacts.market("compute", InputKind.COMPUTE, "u", upstream, "v", 40),
            CaseFacts.market("models", null, "d", 20, "r", rival, "others", 80 - rival)),
        List.of(CaseFacts.deal("deal", kind, List.of("u", "d"), List.of("compute", "models"))), List.of());
  }

  @Test
  void verticalMerger_upstreamAt30_firesInBothJurisdictions() {
    Case c = merger(ACQUISITION, 30, 50);
    Concern us = Golden.fires("US-MG23-G5-VERTICAL-MERGER", c);
    assertThat(us.finding()).isEqualTo(
        "u holds 30.0% of compute (≥ 30%) and deal joins it with d, which holds 20.0% of models, where rivals holding 80.0% may depend on that compute");
    assertThat(us.subjects()).containsExactly("deal", "u", "d", "compute", "models");
    assertThat(us.evidence()).containsEntry("rivalsShare", 80.0);
    Golden.fires("EU-NHG-VERTICAL-MERGER", c);
  }

  @Test
  void verticalMerger_upstreamJustBelow30_silent() {
    Golden.silent(merger(ACQUISITION, 29.9, 50), MERGER_RULES);
  }

  @Test
  void verticalMerger_noRivalsDownstream_silent() {
    // d holds all of models: no downstream rival could lose the input.
    Case c = CaseFacts.caseOf("monopoly-downstream",
        List.of(CaseFacts.market("compute", InputKind.COMPUTE, "u", 40, "v", 40),
            CaseFacts.market("models", null, "d", 100)),
        List.of(CaseFacts.deal("deal", ACQUISITION, List.of("u", "d"), List.of("compute", "models"))), List.of());
    Golden.silent(c, MERGER_RULES);
  }

  @Test
  void verticalMerger_fringeAloneCountsAsRivals_fires() {
    // r holds nothing named; the 80% fringe of small firms still needs the input.
    Golden.fires("US-MG23-G5-VERTICAL-MERGER", merger(ACQUISITION, 30, 0));
  }

  @Test
  void verticalMerger_supplyContractIsNoMerger_silent() {
    Golden.silent(merger(COMPUTE_SUPPLY, 40, 50), MERGER_RULES);
  }

  /** s holds {@code upstream} of compute and supplies it exclusively to c, which holds 20% of models. */
  private static Case exclusiveSupply(double upstream, boolean exclusive, double rivals) {
    Pipeline p = exclusive
        ? CaseFacts.exclusive("p1", "s", "c", InputKind.COMPUTE, "compute", 10, 36)
        : new Pipeline("p1", null, "s", "c", InputKind.COMPUTE, false, 100, 0, 36, "compute", false);
    return CaseFacts.caseOf("exclusive-supply",
        List.of(CaseFacts.market("compute", InputKind.COMPUTE, "s", upstream, "t", 30),
            rivals > 0 ? CaseFacts.market("models", null, "c", 20, "r", rivals) : CaseFacts.market("models", null, "c", 20)),
        List.of(), List.of(p));
  }

  @Test
  void exclusiveSupply_upstreamAt30_firesInTheUs() {
    Concern c = Golden.fires("US-VERTICAL-EXCLUSIVE-SUPPLY", exclusiveSupply(30, true, 50));
    assertThat(c.finding()).isEqualTo(
        "s's group holds 30.0% of compute (≥ 30%) and supplies compute exclusively to c (p1), which holds 20.0% of models against rivals holding 50.0%");
  }

  @Test
  void exclusiveSupply_upstreamJustBelow30_silent() {
    Golden.silent(exclusiveSupply(29.9, true, 50), SUPPLY_RULES);
  }

  @Test
  void exclusiveSupply_upstreamExactly30_silentInTheEu() {
    // The VBER cap: a share "not exceeding 30%" is still block-exempted.
    Golden.silent(exclusiveSupply(30, true, 50), "EU-VERTICAL-EXCLUSIVE-SUPPLY");
  }

  @Test
  void exclusiveSupply_upstreamJustAbove30_firesInTheEu() {
    Golden.fires("EU-VERTICAL-EXCLUSIVE-SUPPLY", exclusiveSupply(30.1, true, 50));
  }

  @Test
  void exclusiveSupply_customerWithoutRivals_silent() {
    Golden.silent(exclusiveSupply(45, true, 0), SUPPLY_RULES);
  }

  @Test
  void exclusiveSupply_nonExclusive_silent() {
    Golden.silent(exclusiveSupply(45, false, 50), SUPPLY_RULES);
  }
}
