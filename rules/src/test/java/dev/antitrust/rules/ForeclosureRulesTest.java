package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import org.junit.jupiter.api.Test;

class ForeclosureRulesTest {

  @Test
  void liabilityBand_summedOverPipelines_fires() {
    // Neither pipeline reaches 40% alone; together 25 + 15 = 40%.
    Case c = TestCases.newCase("two-pipelines")
        .exclusivePipeline("p1", "s", "x", 25).exclusivePipeline("p2", "s", "y", 15).build();
    Concern concern = Golden.fires("US-EXCL-FORECLOSURE-40", c);
    assertThat(concern.evidence().get("foreclosedShare")).isCloseTo(40, within(1e-9));
    assertThat(concern.subjects()).containsExactly("s", "p1", "p2");
    assertThat(concern.finding()).isEqualTo("s's exclusive compute pipelines tie up 40.0% of the input market (≥ 40%)");
  }

  @Test
  void liabilityBand_justBelow40_silentAndGreyZoneFires() {
    Case c = TestCases.newCase("grey").exclusivePipeline("p1", "s", "x", 25).exclusivePipeline("p2", "s", "y", 14.9).build();
    Golden.silent(c, "US-EXCL-FORECLOSURE-40");
    Golden.fires("US-EXCL-FORECLOSURE-30", c);
  }

  @Test
  void greyZone_partialSumOfPipelines_neverRaisedOnTheWay() {
    // 25 + 20 = 45%: the grey-zone band (30–40) must not fire on a half-summed foreclosure share.
    // Indicator rules run first (salience), so concern rules only see the final sum.
    Case c = TestCases.newCase("settled").exclusivePipeline("p1", "s", "x", 25).exclusivePipeline("p2", "s", "y", 20).build();
    Golden.fires("US-EXCL-FORECLOSURE-40", c);
    Golden.silent(c, "US-EXCL-FORECLOSURE-30");
  }

  @Test
  void greyZone_at30_fires() {
    Case c = TestCases.newCase("grey-edge").exclusivePipeline("p1", "s", "x", 30).build();
    Golden.fires("US-EXCL-FORECLOSURE-30", c);
  }

  @Test
  void greyZone_justBelow30_silent() {
    Case c = TestCases.newCase("below").exclusivePipeline("p1", "s", "x", 29.9).build();
    Golden.silent(c, "US-EXCL-FORECLOSURE-30", "US-EXCL-FORECLOSURE-40");
  }

  @Test
  void foreclosure_pipelinesOfOneGroupAddUp() {
    // s2 is a subsidiary of s: its pipeline counts toward the group's foreclosure (20 + 20 = 40%).
    Case c = TestCases.newCase("group").company("s2", "s", 0)
        .exclusivePipeline("p1", "s", "x", 20).exclusivePipeline("p2", "s2", "y", 20).build();
    Golden.fires("US-EXCL-FORECLOSURE-40", c);
  }

  @Test
  void rivalSupply_exclusiveInputFromDownstreamRival_fires() {
    Case c = TestCases.newCase("coopetition").market("models", "s", 7, "x", 24)
        .exclusivePipeline("p1", "s", "x", 4).build();
    assertThat(Golden.fires("US-RIVAL-EXCLUSIVE-INPUT", c).finding())
        .isEqualTo("x takes compute exclusively from s (100% of the supplier's capacity), a rival in models (24.0% vs 7.0%)");
  }

  @Test
  void rivalSupply_supplierNotInCustomersMarket_silent() {
    Case c = TestCases.newCase("no-rivalry").market("models", "x", 24, "z", 7)
        .exclusivePipeline("p1", "s", "x", 4).build();
    Golden.silent(c, "US-RIVAL-EXCLUSIVE-INPUT");
  }
}
