package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.ACQUISITION;
import static dev.antitrust.model.AgreementKind.COMPUTE_SUPPLY;
import static dev.antitrust.model.AgreementKind.MINORITY_STAKE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.HardwareKind;
import dev.antitrust.model.InformationKind;
import dev.antitrust.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvestmentRulesTest {

  // ---- fixtures ------------------------------------------------------------------------------

  private static Company company(String id, String hq) {
    return company(id, hq, null, 0, false, List.of(), 0);
  }

  private static Company company(String id, String hq, String parent, double stateOwnership, boolean defence,
      List<String> sectors, double ukTurnover) {
    return new Company(id, id, parent, hq, ukTurnover > 0 ? Map.of("UK", ukTurnover) : Map.of(), null, stateOwnership,
        defence, null, false, null, null, sectors);
  }

  /** A deal in which "buyer" takes a stake in "target", with the governance rights given. */
  private static Agreement deal(AgreementKind kind, double stake, boolean voting, int boardSeats, int observerSeats,
      List<InformationKind> information) {
    return new Agreement("deal", kind, List.of("buyer", "target"), List.of(), null, null, stake, voting, boardSeats,
        information, observerSeats, false, false, false, null, List.of(), false);
  }

  private static Agreement acquisition() {
    return deal(ACQUISITION, 100, true, 0, 0, List.of());
  }

  /** A stake with no seats, no information and no say: a passive investment. */
  private static Agreement passiveStake(double stake, boolean voting) {
    return deal(MINORITY_STAKE, stake, voting, 0, 0, List.of());
  }

  private static HardwareAsset satellites(String owner) {
    return new HardwareAsset("sats", owner, HardwareKind.SATELLITE, 10, null, null, null, null, List.of("US"), List.of(),
        null);
  }

  private static HardwareAsset h100Cluster(String owner) {
    return new HardwareAsset("cluster", owner, HardwareKind.GPU_CLUSTER, 1000, "H100", 15832.0, null, null, List.of("US"),
        List.of(), null);
  }

  private static Case caseOf(List<Company> companies, Agreement agreement, HardwareAsset... hardware) {
    return new Case(1, "investment", "investment", LocalDate.of(2026, 5, 6), List.of(), "USD", Map.of(),
        new ArrayList<>(companies), List.of(), List.of(agreement), List.of(), List.of(hardware), List.of(), null);
  }

  // ---- CFIUS covered control transaction -----------------------------------------------------

  @Test
  void cfiusControl_japaneseBuyerAcquiresUsBusiness_fires() {
    Case c = caseOf(List.of(company("buyer", "JP"), company("target", "US")), acquisition());
    Concern concern = Golden.fires("US-CFIUS-CONTROL", c);
    assertThat(concern.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(concern.finding()).isEqualTo("buyer, a foreign person (hq JP), acquires control of target, a US business,"
        + " through deal: a covered control transaction that CFIUS can review, filed or not");
  }

  @Test
  void cfiusControl_usBuyer_silent() {
    Golden.silent(caseOf(List.of(company("buyer", "US"), company("target", "US")), acquisition()), "US-CFIUS-CONTROL");
  }

  @Test
  void cfiusControl_usBuyerControlledFromJapan_fires() {
    // A US subsidiary of a Japanese parent is a foreign person.
    Case c = caseOf(List.of(company("parent", "JP"), company("buyer", "US", "parent", 0, false, List.of(), 0),
        company("target", "US")), acquisition());
    assertThat(Golden.fires("US-CFIUS-CONTROL", c).finding()).contains("(controlled by parent, hq JP)");
  }

  @Test
  void cfiusControl_targetOutsideTheUs_silent() {
    Golden.silent(caseOf(List.of(company("buyer", "JP"), company("target", "GB")), acquisition()), "US-CFIUS-CONTROL");
  }

  @Test
  void cfiusControl_minorityStake_silent() {
    Golden.silent(caseOf(List.of(company("buyer", "JP"), company("target", "US")), passiveStake(40, true)),
        "US-CFIUS-CONTROL");
  }

  // ---- CFIUS covered investment in a TID US business -----------------------------------------

  @Test
  void cfiusTid_observerSeatInSatelliteOperator_fires() {
    Case c = caseOf(List.of(company("buyer", "DE"), company("target", "US")),
        deal(MINORITY_STAKE, 10, false, 0, 1, List.of()), satellites("target"));
    Concern concern = Golden.fires("US-CFIUS-TID-INVESTMENT", c);
    assertThat(concern.finding()).isEqualTo("buyer, a foreign person (hq DE), takes a 10.0% stake in target, a TID US"
        + " business (target: sats (USML XV or 9A515)), with 1 observer seat(s): a covered investment that CFIUS can"
        + " review");
  }

  @Test
  void cfiusTid_passiveStakeWithoutSeatsOrTechnicalAccess_silent() {
    // Capacity plans are commercial, not technical information: no right of §800.211(b) is given.
    Case c = caseOf(List.of(company("buyer", "DE"), company("target", "US")),
        deal(MINORITY_STAKE, 10, false, 0, 0, List.of(InformationKind.CAPACITY_PLANS)), satellites("target"));
    Golden.silent(c, "US-CFIUS-TID-INVESTMENT");
  }

  @Test
  void cfiusTid_accessToModelDetails_fires() {
    Case c = caseOf(List.of(company("buyer", "DE"), company("target", "US")),
        deal(MINORITY_STAKE, 5, false, 0, 0, List.of(InformationKind.MODEL_DETAILS)), h100Cluster("target"));
    assertThat(Golden.fires("US-CFIUS-TID-INVESTMENT", c).finding()).contains("with access to model details");
  }

  @Test
  void cfiusTid_targetWithoutCriticalTechnology_silent() {
    // An AI developer with no controlled hardware, no defence work and only the sector "ai" is not TID here.
    Case c = caseOf(List.of(company("buyer", "DE"), company("target", "US", null, 0, false, List.of("ai"), 0)),
        deal(MINORITY_STAKE, 10, false, 1, 0, List.of()));
    Golden.silent(c, "US-CFIUS-TID-INVESTMENT");
  }

  @Test
  void cfiusTid_hardwareHeldByTheTargetsSubsidiary_fires() {
    Case c = caseOf(List.of(company("buyer", "DE"), company("target", "US"),
        company("sub", "US", "target", 0, false, List.of(), 0)),
        deal(MINORITY_STAKE, 10, false, 1, 0, List.of()), h100Cluster("sub"));
    assertThat(Golden.fires("US-CFIUS-TID-INVESTMENT", c).finding()).contains("(sub: cluster (3A090.a))");
  }

  @Test
  void cfiusTid_hardwareHeldByTheTargetsParent_silent() {
    // The investor buys into the target, not into its parent or sister companies.
    Case c = caseOf(List.of(company("buyer", "DE"), company("parent", "US"),
        company("target", "US", "parent", 0, false, List.of(), 0)),
        deal(MINORITY_STAKE, 10, false, 1, 0, List.of()), h100Cluster("parent"));
    Golden.silent(c, "US-CFIUS-TID-INVESTMENT");
  }

  @Test
  void cfiusTid_launchSectorTarget_fires() {
    Case c = caseOf(List.of(company("buyer", "DE"), company("target", "US", null, 0, false, List.of("launch"), 0)),
        deal(MINORITY_STAKE, 10, false, 1, 0, List.of()));
    assertThat(Golden.fires("US-CFIUS-TID-INVESTMENT", c).finding()).contains("(target: sector launch)");
  }

  // ---- CFIUS mandatory declaration, §800.401(b) ----------------------------------------------

  private static Case stateInvestor(double stateOwnership, double stake, boolean voting) {
    return caseOf(List.of(company("buyer", "SA", null, stateOwnership, false, List.of(), 0), company("target", "US")),
        passiveStake(stake, voting), satellites("target"));
  }

  @Test
  void cfius401b_stateOwned49AcquiringVoting25_fires() {
    // Both bars are "or more": 49% state ownership and a 25% voting interest meet them exactly.
    Concern c = Golden.fires("US-CFIUS-401B-GOVERNMENT", stateInvestor(49, 25, true));
    assertThat(c.severity()).isEqualTo(Severity.HIGH);
    assertThat(c.finding()).isEqualTo("buyer (hq SA), 49% state-owned (≥ 49%), acquires a 25.0% voting interest (≥ 25%)"
        + " in target, a TID US business (target: sats (USML XV or 9A515)): a CFIUS declaration is mandatory before"
        + " completion");
    assertThat(c.thresholds()).containsEntry("us.cfius.401b.voting-interest", 25.0)
        .containsEntry("us.cfius.401b.foreign-government-interest", 49.0);
  }

  @Test
  void cfius401b_votingInterestJustBelow25_silent() {
    Golden.silent(stateInvestor(100, 24.9, true), "US-CFIUS-401B-GOVERNMENT");
  }

  @Test
  void cfius401b_stateOwnershipJustBelow49_silent() {
    Golden.silent(stateInvestor(48.9, 30, true), "US-CFIUS-401B-GOVERNMENT");
  }

  @Test
  void cfius401b_nonVotingShares_silent() {
    Golden.silent(stateInvestor(100, 30, false), "US-CFIUS-401B-GOVERNMENT");
  }

  @Test
  void cfius401b_stateOwnsTheBuyersParent_fires() {
    Case c = caseOf(List.of(company("fund", "SA", null, 100, false, List.of(), 0),
        company("buyer", "SA", "fund", 0, false, List.of(), 0), company("target", "US")),
        passiveStake(30, true), satellites("target"));
    Golden.fires("US-CFIUS-401B-GOVERNMENT", c);
  }

  // ---- CFIUS mandatory declaration, §800.401(c) ----------------------------------------------

  @Test
  void cfius401c_germanBuyerOfUsSatelliteOperator_fires() {
    // Spacecraft need a licence for any foreign person (USML XV, or 9A515 in this pack's simplification).
    Case c = caseOf(List.of(company("buyer", "DE"), company("target", "US")), acquisition(), satellites("target"));
    Concern concern = Golden.fires("US-CFIUS-401C-CRITICAL-TECH", c);
    assertThat(concern.finding()).isEqualTo("buyer, a foreign person (hq DE), acquires control of or a covered"
        + " investment in target, whose business holds 1 hardware asset(s) that would need a US export licence to"
        + " reach it, as sats (USML XV or 9A515): a CFIUS declaration is mandatory before completion");
  }

  @Test
  void cfius401c_germanBuyerOf3a090ClusterOwner_silent() {
    // 3A090 items need a licence only for D:1, D:4, D:5 and Macau; Germany is none of these.
    Case c = caseOf(List.of(company("buyer", "DE"), company("target", "US")), acquisition(), h100Cluster("target"));
    Golden.silent(c, "US-CFIUS-401C-CRITICAL-TECH");
  }

  @Test
  void cfius401c_emiratiBuyerOf3a090ClusterOwner_fires() {
    // The UAE is a D:4 destination, so exporting the H100s to the buyer would need a licence.
    Case c = caseOf(List.of(company("buyer", "AE"), company("target", "US")), acquisition(), h100Cluster("target"));
    assertThat(Golden.fires("US-CFIUS-401C-CRITICAL-TECH", c).finding()).contains("as cluster (3A090.a):");
  }

  @Test
  void cfius401c_passiveMinorityStake_silent() {
    // Without seats, technical access or a say in decisions, a minority stake is no covered transaction.
    Case c = caseOf(List.of(company("buyer", "AE"), company("target", "US")), passiveStake(20, true),
        satellites("target"));
    Golden.silent(c, "US-CFIUS-401C-CRITICAL-TECH");
  }

  // ---- CFIUS and defence contractors ---------------------------------------------------------

  @Test
  void cfiusDefence_britishBuyerOfUsDefenceContractor_fires() {
    Case c = caseOf(List.of(company("buyer", "GB"), company("target", "US", null, 0, true, List.of(), 0)), acquisition());
    Concern concern = Golden.fires("US-CFIUS-DEFENCE-CONTRACTOR", c);
    assertThat(concern.severity()).isEqualTo(Severity.HIGH);
    assertThat(concern.finding()).isEqualTo("buyer, a foreign person (hq GB), acquires control of or a covered"
        + " investment in target, whose business includes the defence contractor(s) target: expect a national-security"
        + " review by CFIUS with the Department of Defense, and FOCI mitigation for any cleared facility");
  }

  @Test
  void cfiusDefence_targetIsNoDefenceContractor_silent() {
    Golden.silent(caseOf(List.of(company("buyer", "GB"), company("target", "US")), acquisition()),
        "US-CFIUS-DEFENCE-CONTRACTOR");
  }

  @Test
  void cfiusDefence_computeSupplyIsNoInvestment_silent() {
    Case c = caseOf(List.of(company("buyer", "GB"), company("target", "US", null, 0, true, List.of(), 0)),
        deal(COMPUTE_SUPPLY, 0, false, 0, 0, List.of(InformationKind.MODEL_DETAILS)));
    Golden.silent(c, "US-CFIUS-DEFENCE-CONTRACTOR");
  }

  // ---- UK National Security and Investment Act -----------------------------------------------

  private static Case ukDeal(double stake, List<String> sectors, String hq, double ukTurnover) {
    return caseOf(List.of(company("buyer", "US"), company("target", hq, null, 0, false, sectors, ukTurnover)),
        deal(MINORITY_STAKE, stake, false, 0, 0, List.of()));
  }

  @Test
  void nsia_justMoreThan25PercentOfSatelliteFirmSellingInTheUk_fires() {
    Concern c = Golden.fires("UK-NSIA-MANDATORY", ukDeal(25.1, List.of("satellites"), "US", 1e6));
    assertThat(c.severity()).isEqualTo(Severity.HIGH);
    assertThat(c.finding()).isEqualTo("buyer acquires 25.1% of target (more than 25%), whose business is active in the"
        + " NSIA mandatory sector(s) satellites with a UK nexus: the acquisition must be notified and approved before"
        + " completion, or it is void");
  }

  @Test
  void nsia_exactly25Percent_silent() {
    // s.8 needs the holding to rise to MORE than 25%.
    Golden.silent(ukDeal(25, List.of("satellites"), "US", 1e6), "UK-NSIA-MANDATORY");
  }

  @Test
  void nsia_sectorNotMandatory_silent() {
    // "advanced-compute" (operating compute) is not one of the 17 sectors as this pack spells them.
    Golden.silent(ukDeal(60, List.of("advanced-compute"), "US", 1e6), "UK-NSIA-MANDATORY");
  }

  @Test
  void nsia_noUkNexus_silent() {
    Golden.silent(ukDeal(60, List.of("ai"), "US", 0), "UK-NSIA-MANDATORY");
  }

  @Test
  void nsia_ukHeadquarteredTargetWithoutTurnover_fires() {
    Golden.fires("UK-NSIA-MANDATORY", ukDeal(60, List.of("ai"), "GB", 0));
  }

  @Test
  void nsia_subsidiaryInMandatorySector_fires() {
    Case c = caseOf(List.of(company("buyer", "US"), company("target", "US"),
        company("uk-sub", "GB", "target", 0, false, List.of("defence"), 0)), acquisition());
    Concern concern = Golden.fires("UK-NSIA-MANDATORY", c);
    assertThat(concern.finding()).contains("sector(s) defence");
    assertThat(concern.subjects()).containsExactly("deal", "buyer", "target", "uk-sub");
  }

  // ---- The bundled case ----------------------------------------------------------------------

  @Test
  void bundledCase_allDealsBetweenUsFirms_raiseNoInvestmentConcern() {
    // SpaceX/xAI, Google and Amazon are all US buyers, and xAI shows no UK nexus of its own.
    assertThat(BuiltInPack.assess(BundledCaseTest.sample()).concerns())
        .noneMatch(c -> c.ruleId().startsWith("US-CFIUS") || c.ruleId().startsWith("UK-NSIA"));
  }
}
