package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.DISTRIBUTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exclusive dealing by a firm with a very high share: Sherman Act §2 and Art. 102 TFEU. */
class ExclusionaryDominanceRulesTest {

  /**
   * g holds {@code share} of search; apple distributes g's search exclusively under the agreement
   * "isa", which touches {@code dealMarket}.
   */
  private static Case searchDeal(double share, boolean exclusive, String dealMarket) {
    return CaseFacts.caseOf("search",
        List.of(CaseFacts.market("search", null, "g", share, "bing", 5),
            CaseFacts.market("ads", null, "g", 30, "meta", 30)),
        List.of(CaseFacts.deal("isa", DISTRIBUTION, List.of("g", "apple"), List.of(dealMarket))),
        List.of(CaseFacts.pipeline("p1", "isa", "apple", "g", InputKind.DISTRIBUTION, exclusive)));
  }

  private static Case searchDeal(double share) {
    return searchDeal(share, true, "search");
  }

  // --- US Sherman Act §2 ---

  @Test
  void monopolyExclusive_buyerAt65_fires() {
    // g takes distribution exclusively with 65% of search, the pack's monopoly screen.
    Concern c = Golden.fires("US-SHERMAN2-MONOPOLY-EXCLUSIVE", searchDeal(65));
    assertThat(c.finding()).isEqualTo(
        "g holds 65.0% of search (≥ 65%) and its group is party to the exclusive distribution pipeline p1 from apple to g");
    assertThat(c.subjects()).containsExactly("g", "search", "p1");
    assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void monopolyExclusive_justBelow65_silent() {
    Golden.silent(searchDeal(64.9), "US-SHERMAN2-MONOPOLY-EXCLUSIVE");
  }

  @Test
  void monopolyExclusive_nonExclusivePipeline_silent() {
    Golden.silent(searchDeal(89.2, false, "search"), "US-SHERMAN2-MONOPOLY-EXCLUSIVE", "EU-A102-EXCL-DOM-50");
  }

  @Test
  void monopolyExclusive_shareInAMarketThePipelineDoesNotTouch_silent() {
    // The deal touches ads only; g's 89.2% of search is not what this exclusivity protects.
    Golden.silent(searchDeal(89.2, true, "ads"), "US-SHERMAN2-MONOPOLY-EXCLUSIVE", "EU-A102-EXCL-DOM-50");
  }

  @Test
  void monopolyExclusive_supplierWithMonopolyOfItsInputMarket_fires() {
    // s holds 70% of compute and supplies it exclusively to x; no agreement, the input market links them.
    Case c = CaseFacts.caseOf("supplier", List.of(CaseFacts.market("compute", InputKind.COMPUTE, "s", 70, "t", 10)),
        List.of(), List.of(CaseFacts.exclusive("p1", "s", "x", InputKind.COMPUTE, "compute", 5, 36)));
    Golden.fires("US-SHERMAN2-MONOPOLY-EXCLUSIVE", c);
  }

  @Test
  void monopolyExclusive_pipelineInsideOneGroup_silent() {
    // x is s's subsidiary: exclusivity within a group is no dealing between independent firms.
    Case c = CaseFacts.caseOf("intra-group", List.of(CaseFacts.market("compute", InputKind.COMPUTE, "s", 70, "t", 10)),
        List.of(), List.of(CaseFacts.exclusive("p1", "s", "x", InputKind.COMPUTE, "compute", 5, 36)),
        CaseFacts.subsidiary("x", "s"));
    Golden.silent(c, "US-SHERMAN2-MONOPOLY-EXCLUSIVE", "EU-A102-EXCL-DOM-50");
  }

  // --- EU Art. 102 ---

  @Test
  void euExclusiveDominant_at50_fires() {
    Concern c = Golden.fires("EU-A102-EXCL-DOM-50", searchDeal(50));
    assertThat(c.finding()).isEqualTo(
        "g holds 50.0% of search (≥ 50%, dominance presumed) and its group is party to the exclusive distribution pipeline p1 from apple to g");
    assertThat(c.severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void euExclusiveDominant_justBelow50_silentAndPossibleFires() {
    Case c = searchDeal(49.9);
    Golden.silent(c, "EU-A102-EXCL-DOM-50");
    Golden.fires("EU-A102-EXCL-DOM-40", c);
  }

  @Test
  void euExclusivePossiblyDominant_at40_fires() {
    Concern c = Golden.fires("EU-A102-EXCL-DOM-40", searchDeal(40));
    assertThat(c.finding()).isEqualTo(
        "g holds 40.0% of search (≥ 40%, < 50%: dominance possible) and its group is party to the exclusive distribution pipeline p1 from apple to g");
  }

  @Test
  void euExclusivePossiblyDominant_justBelow40_silent() {
    Golden.silent(searchDeal(39.9), "EU-A102-EXCL-DOM-40", "EU-A102-EXCL-DOM-50");
  }
}
