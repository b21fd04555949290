package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.ACQUISITION;
import static dev.antitrust.rules.CaseRecords.stake;
import static dev.antitrust.rules.CaseRecords.withBoardSeats;
import static dev.antitrust.rules.CaseRecords.withRevenueShareAndSpend;
import static dev.antitrust.rules.CaseRecords.withVeto;
import static dev.antitrust.rules.CaseRecords.withVotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakesRulesTest {

  /** g takes a stake in its rival t: they hold 22% and 24% of models. */
  private static Case stakeInRival(Agreement stake) {
    return CaseRecords.newCase("stake").market("models", "g", 22, "t", 24, "o", 35).agreement(stake).build();
  }

  /** a takes a stake in t; the two do not compete, so only the control rules look at it. */
  private static Case stakeInNonRival(Agreement stake) {
    return CaseRecords.newCase("stake").market("models", "t", 24, "o", 35).agreement(stake).build();
  }

  @Test
  void passiveStake_14PercentInRival_firesLow() {
    // The reported Alphabet/Anthropic shape: about 14%, no votes, seats or other rights.
    Concern c = Golden.fires("US-MG23-G11-PASSIVE-STAKE", stakeInRival(stake("g", "t", 14)));
    assertThat(c.finding()).isEqualTo(
        "g holds a 14.0% stake in t, a rival in models (22.0% and 24.0%), with no votes, board or observer seats, veto or consultation rights");
    assertThat(c.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void passiveStake_justBelow50_fires() {
    Golden.fires("US-MG23-G11-PASSIVE-STAKE", stakeInRival(stake("g", "t", 49.9)));
  }

  @Test
  void passiveStake_at50_silent() {
    // 50% is control under the HSR rules, no longer a minority interest.
    Golden.silent(stakeInRival(stake("g", "t", 50)), "US-MG23-G11-PASSIVE-STAKE", "US-MG23-G11-STAKE-RIGHTS");
  }

  @Test
  void passiveStake_noEquity_silent() {
    Golden.silent(stakeInRival(stake("g", "t", 0)), "US-MG23-G11-PASSIVE-STAKE");
  }

  @Test
  void passiveStake_inNonRival_silent() {
    Golden.silent(stakeInNonRival(stake("a", "t", 14)), "US-MG23-G11-PASSIVE-STAKE", "US-MG23-G11-STAKE-RIGHTS");
  }

  @Test
  void stakeWithRights_boardSeatInRival_firesMediumAndPassiveSilent() {
    Case c = stakeInRival(withBoardSeats(withVotes(stake("g", "t", 10)), 1));
    Concern concern = Golden.fires("US-MG23-G11-STAKE-RIGHTS", c);
    assertThat(concern.finding())
        .isEqualTo("g holds a 10.0% stake in t, a rival in models (22.0% and 24.0%), with voting rights, 1 board seat");
    assertThat(concern.severity()).isEqualTo(Severity.MEDIUM);
    Golden.silent(c, "US-MG23-G11-PASSIVE-STAKE");
  }

  @Test
  void stakeWithRights_at50_silent() {
    Golden.silent(stakeInRival(withBoardSeats(stake("g", "t", 50), 1)), "US-MG23-G11-STAKE-RIGHTS");
  }

  /** Cloud provider c (26% of compute) takes 5% of developer d with the given revenue share and spend. */
  private static Case partnership(double equity, boolean revenueShare, Double committedSpend, double cloudShare) {
    Agreement a = withRevenueShareAndSpend(stake("c", "d", equity), revenueShare, committedSpend);
    return CaseRecords.newCase("partnership").market("compute", InputKind.COMPUTE, "c", cloudShare, "o", 50)
        .agreement(a).build();
  }

  @Test
  void aiPartnership_equityRevenueShareAndSpend_fires() {
    Concern c = Golden.fires("US-FTC6B-AI-PARTNERSHIP", partnership(5, true, 4e9, 26));
    assertThat(c.finding())
        .isEqualTo("c, a compute provider, holds 5.0% of d with a revenue share, and stake commits $4.0bn of spend to it");
  }

  @Test
  void aiPartnership_noEquity_silent() {
    Golden.silent(partnership(0, true, 4e9, 26), "US-FTC6B-AI-PARTNERSHIP");
  }

  @Test
  void aiPartnership_noRevenueShare_silent() {
    Golden.silent(partnership(5, false, 4e9, 26), "US-FTC6B-AI-PARTNERSHIP");
  }

  @Test
  void aiPartnership_noCommittedSpend_silent() {
    Golden.silent(partnership(5, true, 0.0, 26), "US-FTC6B-AI-PARTNERSHIP");
  }

  @Test
  void aiPartnership_investorSellsNoCompute_silent() {
    Golden.silent(partnership(5, true, 4e9, 0), "US-FTC6B-AI-PARTNERSHIP");
  }

  @Test
  void euControl_vetoWithTenPercent_fires() {
    Concern c = Golden.fires("EU-EUMR-ART3-CONTROL", stakeInNonRival(withVeto(stake("a", "t", 10))));
    assertThat(c.finding()).isEqualTo(
        "a gains veto rights over t's strategic decisions with a 10.0% stake: joint control, so stake is a concentration under EUMR Art. 3");
  }

  @Test
  void euControl_noVeto_silent() {
    Golden.silent(stakeInNonRival(withVotes(stake("a", "t", 49.9))), "EU-EUMR-ART3-CONTROL");
  }

  @Test
  void euControl_votesJustAboveHalf_fires() {
    assertThat(Golden.fires("EU-EUMR-ART3-CONTROL", stakeInNonRival(withVotes(stake("a", "t", 50.1)))).finding())
        .isEqualTo("a gains 50.1% of t's votes (> 50%): sole control, so stake is a concentration under EUMR Art. 3");
  }

  @Test
  void euControl_votesExactlyHalf_silent() {
    // A majority means more than half; 50% alone gives no sole control.
    Golden.silent(stakeInNonRival(withVotes(stake("a", "t", 50))), "EU-EUMR-ART3-CONTROL");
  }

  @Test
  void euControl_acquisitionIsAConcentrationByKind_silent() {
    Agreement a = withVeto(stake("a", "t", 10));
    Agreement acquisition = new Agreement(a.id(), ACQUISITION, a.parties(), a.markets(), null, null, 10, false, 0,
        List.of(), 0, true, false, false, null, List.of(), false);
    Golden.silent(stakeInNonRival(acquisition), "EU-EUMR-ART3-CONTROL");
  }

  @Test
  void euControl_vetoInsideOneGroup_silent() {
    // t is already a's subsidiary: a veto changes nothing.
    Case c = CaseRecords.newCase("intra-group").subsidiary("t", "a").agreement(withVeto(stake("a", "t", 10))).build();
    Golden.silent(c, "EU-EUMR-ART3-CONTROL");
  }

  @Test
  void ukMaterialInfluence_votingStakeAt25_fires() {
    // "25% or more": the boundary itself is presumed to confer material influence.
    Concern c = Golden.fires("UK-EA02-MI-25", stakeInNonRival(withVotes(stake("a", "t", 25))));
    assertThat(c.finding()).isEqualTo(
        "a acquires 25.0% of t with votes (≥ 25%): material influence presumed, a relevant merger situation if the UK turnover or share-of-supply test is met");
  }

  @Test
  void ukMaterialInfluence_votingStakeJustBelow25_silent() {
    Golden.silent(stakeInNonRival(withVotes(stake("a", "t", 24.9))), "UK-EA02-MI-25", "UK-EA02-MI-15");
  }

  @Test
  void ukMaterialInfluence_nonVotingStakeAt30_silent() {
    // Non-voting shares cannot block special resolutions, so the 25% presumption does not apply.
    Golden.silent(stakeInNonRival(stake("a", "t", 30)), "UK-EA02-MI-25");
  }

  @Test
  void ukMaterialInfluence_controllingInterest_silent() {
    // Above 50% of the votes is control outright, not mere material influence.
    Golden.silent(stakeInNonRival(withVotes(stake("a", "t", 50.1))), "UK-EA02-MI-25");
  }

  @Test
  void ukMaterialInfluence_15WithBoardSeat_fires() {
    Concern c = Golden.fires("UK-EA02-MI-15", stakeInNonRival(withBoardSeats(stake("a", "t", 15), 1)));
    assertThat(c.finding()).isEqualTo("a acquires 15.0% of t (≥ 15%) with 1 board seat: material influence possible");
    assertThat(c.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void ukMaterialInfluence_justBelow15WithBoardSeat_silent() {
    // The reported Alphabet/Anthropic cap sits just below this mark.
    Golden.silent(stakeInNonRival(withBoardSeats(stake("a", "t", 14.9), 1)), "UK-EA02-MI-15");
  }

  @Test
  void ukMaterialInfluence_20WithoutOtherFactors_silent() {
    Golden.silent(stakeInNonRival(stake("a", "t", 20)), "UK-EA02-MI-15");
  }

  @Test
  void ukMaterialInfluence_20WithComputeFromInvestorsSubsidiary_fires() {
    // a's subsidiary cloud supplies t with compute: dependence on the investor's infrastructure (Amazon/Anthropic).
    Pipeline compute = new Pipeline("cloud", null, "cloud", "t", InputKind.COMPUTE, false, 5, 0, null, null, false);
    Case c = CaseRecords.newCase("dependence").subsidiary("cloud", "a").market("models", "t", 24, "o", 35)
        .agreement(stake("a", "t", 20)).pipeline(compute).build();
    assertThat(Golden.fires("UK-EA02-MI-15", c).finding())
        .isEqualTo("a acquires 20.0% of t (≥ 15%) with t relying on it for compute: material influence possible");
  }

  @Test
  void bundledCase_googleStakeIsPassive_lowAndBelowRivalSupply() {
    // Google's reported ~14% non-voting stake in Anthropic, capped at 15% with no seats: only the
    // incentive theory of Guideline 11, and below the UK's 15% mark.
    Case c = BundledCaseTest.sample();
    Concern google = Golden.fires("US-MG23-G11-PASSIVE-STAKE", c);
    assertThat(google.subjects()).startsWith("google-anthropic-stake");
    assertThat(google.rank()).isGreaterThan(BuiltInPack.concern(c, "US-RIVAL-EXCLUSIVE-INPUT").rank());
    Golden.silent(c, "US-MG23-G11-STAKE-RIGHTS", "UK-EA02-MI-15", "UK-EA02-MI-25", "EU-EUMR-ART3-CONTROL",
        "US-FTC6B-AI-PARTNERSHIP");
  }
}
