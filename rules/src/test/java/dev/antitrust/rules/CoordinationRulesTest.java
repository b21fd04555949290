package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.COMPUTE_SUPPLY;
import static dev.antitrust.model.AgreementKind.JOINT_PURCHASING;
import static dev.antitrust.model.AgreementKind.R_AND_D;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.InformationKind;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinationRulesTest {

  private static Case deal(double shareB, List<InformationKind> information) {
    return TestCases.newCase("info").market("m", "a", 20, "b", shareB, "c", 10)
        .agreement("deal", COMPUTE_SUPPLY, List.of("a", "b"), List.of("m"), null, false, information).build();
  }

  /** The firing case of {@link #deal}, with the information ring-fenced in a clean team or not. */
  private static Case cleanTeamDeal(boolean cleanTeam) {
    Agreement a = new Agreement("deal", COMPUTE_SUPPLY, List.of("a", "b"), List.of("m"), null, null, 0, false, 0,
        List.of(InformationKind.CAPACITY_PLANS), 0, false, false, false, null, List.of(), cleanTeam);
    return CaseRecords.newCase("clean-team").market("m", "a", 20, "b", 0.1, "c", 10).agreement(a).build();
  }

  @Test
  void informationExchange_rivalsWithCapacityPlans_firesInUsAndEu() {
    Case c = deal(0.1, List.of(InformationKind.CAPACITY_PLANS));
    Golden.fires("EU-HG23-INFO-EXCHANGE", c);
    assertThat(Golden.fires("US-RIVAL-INFO-EXCHANGE", c).finding())
        .isEqualTo("a and b compete in m (20.0% and 0.1%), and deal gives access to capacity-plans");
  }

  @Test
  void informationExchange_rivalsWithCapacityPlans_firesInUkAsInEu() {
    // Chapter I mirrors Art. 101: the UK concern is as serious as the EU one.
    Case c = deal(0.1, List.of(InformationKind.CAPACITY_PLANS));
    Concern uk = Golden.fires("UK-CA98-CH1-INFO-EXCHANGE", c);
    assertThat(uk.finding()).isEqualTo("a and b compete in m (20.0% and 0.1%), and deal gives access to capacity-plans");
    assertThat(uk.severity()).isEqualTo(Severity.HIGH);
    assertThat(uk.score()).isEqualTo(BuiltInPack.concern(c, "EU-HG23-INFO-EXCHANGE").score());
  }

  @Test
  void informationExchange_counterpartyWithoutShare_silent() {
    // b holds no share of m, so a and b do not compete there.
    Golden.silent(deal(0, List.of(InformationKind.CAPACITY_PLANS)),
        "US-RIVAL-INFO-EXCHANGE", "EU-HG23-INFO-EXCHANGE", "UK-CA98-CH1-INFO-EXCHANGE");
  }

  @Test
  void informationExchange_rivalsWithNoInformationFlow_silent() {
    Golden.silent(deal(15, List.of()), "US-RIVAL-INFO-EXCHANGE", "EU-HG23-INFO-EXCHANGE", "UK-CA98-CH1-INFO-EXCHANGE");
  }

  @Test
  void informationExchange_inCleanTeam_mainRulesSilent() {
    Golden.silent(cleanTeamDeal(true), "US-RIVAL-INFO-EXCHANGE", "EU-HG23-INFO-EXCHANGE", "UK-CA98-CH1-INFO-EXCHANGE");
  }

  @Test
  void informationExchange_inCleanTeam_lowRemindersFire() {
    Case c = cleanTeamDeal(true);
    Concern us = Golden.fires("US-RIVAL-INFO-CLEAN-TEAM", c);
    assertThat(us.finding())
        .isEqualTo("a and b compete in m (20.0% and 0.1%), and deal gives a clean team access to capacity-plans");
    assertThat(us.severity()).isEqualTo(Severity.LOW);
    assertThat(Golden.fires("EU-HG23-INFO-CLEAN-TEAM", c).severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void cleanTeamReminders_withoutCleanTeam_silent() {
    Case c = cleanTeamDeal(false);
    Golden.silent(c, "US-RIVAL-INFO-CLEAN-TEAM", "EU-HG23-INFO-CLEAN-TEAM");
    Golden.fires("US-RIVAL-INFO-EXCHANGE", c);
  }

  /** a and b compete downstream (5% each) and buy jointly in the one market the agreement names. */
  private static Case jointPurchasing(double a, double b) {
    return CaseRecords.newCase("joint-purchasing").market("selling", "a", 5, "b", 5, "c", 40)
        .market("purchasing", "a", a, "b", b, "c", 30)
        .agreement(Agreement.of("jp", JOINT_PURCHASING, List.of("a", "b"), List.of("purchasing"))).build();
  }

  @Test
  void jointPurchasing_combinedJustAbove15_fires() {
    // 10 + 5.1 = 15.1% of the purchasing market (> 15%).
    Concern c = Golden.fires("EU-HG23-JOINT-PURCHASING-15", jointPurchasing(10, 5.1));
    assertThat(c.finding()).isEqualTo("a and b, competitors, purchase jointly under jp and together hold 15.1% of purchasing (> 15%)");
    assertThat(c.thresholds()).containsEntry("eu.hg2023.joint-purchasing.combined-share", 15.0);
  }

  @Test
  void jointPurchasing_combinedExactly15_silent() {
    // "Not exceeding 15%": 10 + 5 = 15% is inside the soft safe harbour.
    Golden.silent(jointPurchasing(10, 5), "EU-HG23-JOINT-PURCHASING-15");
  }

  @Test
  void jointPurchasing_partnerIsNoCompetitor_silent() {
    // x holds no share of any market: a's 16% is its own, and x is no competitor.
    Case c = CaseRecords.newCase("jp-non-competitor").market("purchasing", "a", 16, "c", 30)
        .agreement(Agreement.of("jp", JOINT_PURCHASING, List.of("a", "x"), List.of("purchasing"))).build();
    Golden.silent(c, "EU-HG23-JOINT-PURCHASING-15");
  }

  /** a and b compete in models and share compute; they hold a and b of the compute market. */
  private static Case computeSharing(double a, double b, double bInModels) {
    return CaseRecords.newCase("compute-pooling").market("models", "a", 20, "b", bInModels, "c", 40)
        .market("compute", InputKind.COMPUTE, "a", a, "b", b, "c", 50)
        .agreement(Agreement.of("pool", COMPUTE_SUPPLY, List.of("a", "b"), List.of("compute", "models"))).build();
  }

  @Test
  void computePooling_rivalDevelopersJustAbove15_fires() {
    // 10 + 5.1 = 15.1% of the compute market (> 15%); a and b compete in models (20% and 10%).
    Concern c = Golden.fires("EU-HG23-COMPUTE-POOLING-15", computeSharing(10, 5.1, 10));
    assertThat(c.finding())
        .isEqualTo("a and b compete downstream and share compute under pool; together they hold 15.1% of compute (> 15%)");
  }

  @Test
  void computePooling_combinedExactly15_silent() {
    Golden.silent(computeSharing(10, 5, 10), "EU-HG23-COMPUTE-POOLING-15");
  }

  @Test
  void computePooling_noDownstreamRivalry_silent() {
    // b sells no models: two compute providers supplying each other are not developers pooling compute.
    Golden.silent(computeSharing(10, 10, 0), "EU-HG23-COMPUTE-POOLING-15");
  }

  /** Competitors a and b cooperate in R&D in market m. */
  private static Case rAndD(double a, double b) {
    return CaseRecords.newCase("r-and-d").market("m", "a", a, "b", b, "c", 30)
        .agreement(Agreement.of("rd", R_AND_D, List.of("a", "b"), List.of("m"))).build();
  }

  @Test
  void rAndD_combinedJustAbove25_fires() {
    // 20 + 5.1 = 25.1% (> 25%).
    assertThat(Golden.fires("EU-RDBER-SHARE-25", rAndD(20, 5.1)).finding())
        .isEqualTo("a and b, competitors, cooperate in R&D under rd and together hold 25.1% of m (> 25%): outside the block exemption");
  }

  @Test
  void rAndD_combinedExactly25_silent() {
    // The exemption covers a combined share "not exceeding 25%".
    Golden.silent(rAndD(20, 5), "EU-RDBER-SHARE-25");
  }
}
