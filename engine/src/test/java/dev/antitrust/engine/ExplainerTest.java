package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Category;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Explanation;
import dev.antitrust.model.Explanation.Derivation;
import dev.antitrust.model.Explanation.Fact;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.ListMember;
import dev.antitrust.model.Market;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Severity;
import dev.antitrust.model.Threshold;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explainer's arithmetic on one small case. Group a is a (30%) and its subsidiary a-sub (10%),
 * so 40%; b holds 10%, c 6%, and a fringe of 12% is not squared: HHI = 1,600 + 100 + 36 = 1,736.
 * The deal b + c adds 2 × 10 × 6 = 120. Group a's exclusive compute pipelines tie up 25% + 15%.
 */
class ExplainerTest {
  static final List<ListMember> LISTS = List.of(new ListMember("pack.jurisdictions", "US"),
      new ListMember("pack.jurisdictions", "EU"), new ListMember("pack.jurisdictions", "UK"));
  static final Threshold DELTA = new Threshold("us.mg2023.delta-hhi", 100, "hhi", "US", LocalDate.of(2023, 12, 18),
      null, "DOJ/FTC Merger Guidelines (2023) §2.1");

  static Company company(String id, String parent) {
    return new Company(id, id.toUpperCase(), parent, "US", Map.of(), null, 0, false, null, false, null, null, List.of());
  }

  static Case widgets(Map<String, Double> shares, String geography) {
    Market widgets = new Market("widgets", "industrial widgets", geography, shares, null);
    Agreement deal = Agreement.of("deal", AgreementKind.MERGER, List.of("b", "c"), List.of("widgets"));
    List<Pipeline> pipelines = List.of(
        new Pipeline("p1", null, "a", "b", InputKind.COMPUTE, true, 100, 25, 36, null, false),
        new Pipeline("p2", null, "a-sub", "c", InputKind.COMPUTE, true, 100, 15, null, null, false));
    return new Case(1, "widgets-case", "Widgets", LocalDate.of(2026, 5, 6), List.of(), "USD", Map.of(),
        List.of(company("a", null), company("a-sub", "a"), company("b", null), company("c", null), company("e", null)),
        List.of(widgets), List.of(deal), pipelines, List.of(), List.of(), null);
  }

  static Map<String, Double> shares(Object... idsAndShares) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < idsAndShares.length; i += 2) {
      shares.put((String) idsAndShares[i], ((Number) idsAndShares[i + 1]).doubleValue());
    }
    return shares;
  }

  private final Case theCase = widgets(shares("a", 30, "a-sub", 10, "b", 10, "c", 6, "others", 12), "worldwide");
  private final CaseIndicators indicators = new CaseIndicators(theCase, LISTS);
  private final Explainer explainer = new Explainer(indicators, Map.of(DELTA.key(), DELTA));
  private final Market market = theCase.markets().get(0);

  @Test
  void hhi_groupsAndFringe_squaresGroupSharesAndNamesTheFringe() {
    Derivation hhi = explainer.hhi(market);

    assertThat(hhi.derivation())
        .isEqualTo("HHI 1,736 = 40.0² + 10.0² + 6.0² (groups a, b, c); fringe 'others' 12.0% not squared");
    assertThat(hhi.value()).isEqualTo(1736.0);
  }

  @Test
  void deal_twoPartyGroups_showsDeltaPostAndCombinedShare() {
    List<Derivation> deal = explainer.deal(indicators.deal(theCase.agreements().get(0), market).orElseThrow());

    assertThat(deal).extracting(Derivation::derivation).containsExactly(
        "ΔHHI 120 = 2 × 10.0 × 6.0 (groups b, c)",
        "post-merger HHI 1,856 = 1,736 + 120",
        "combined share 16.0% = 10.0 + 6.0 (groups b, c)");
    assertThat(deal).extracting(Derivation::value).containsExactly(120.0, 1856.0, 16.0);
  }

  @Test
  void groupShare_parentAndSubsidiary_addsTheMembersShares() {
    Derivation share = explainer.groupShare(indicators.groupShares(market).get(0));

    assertThat(share.derivation()).isEqualTo("share of group a in widgets 40.0% = 30.0 (a) + 10.0 (a-sub)");
  }

  @Test
  void foreclosure_twoPipelinesOfOneGroup_addsThem() {
    Derivation foreclosed = explainer.foreclosure(indicators.foreclosure("a", InputKind.COMPUTE).orElseThrow());

    assertThat(foreclosed.derivation()).isEqualTo("foreclosed share of compute by group a 40.0% = 25.0 (p1) + 15.0 (p2)");
    assertThat(foreclosed.subjects()).containsExactly("a", "compute");
  }

  @Test
  void explain_concentrationConcern_givesThresholdRowFactsAndDerivations() {
    Concern concern = new Concern(1, 60, "US-MG23-G1-HHI", "t", Category.CONCENTRATION, "US", Severity.HIGH, "f", "c",
        List.of("deal", "widgets"), Map.of("deltaHhi", 120.0), Map.of(DELTA.key(), 100.0));

    Explanation why = explainer.explain(concern);

    assertThat(why.thresholds()).containsExactly(DELTA);
    assertThat(why.facts()).extracting(Fact::id, Fact::kind)
        .containsExactly(tuple("deal", "agreement"),
            tuple("widgets", "market"));
    assertThat(why.facts().get(1).fields()).containsEntry("shares", "a 30.0, a-sub 10.0, b 10.0, c 6.0, others 12.0");
    assertThat(why.indicators()).extracting(Derivation::indicator)
        .containsExactly("HHI", "ΔHHI", "post-merger HHI", "combined share");
  }

  @Test
  void explain_pipelineConcern_givesTheSupplierGroupsForeclosureOnce() {
    Concern concern = new Concern(1, 60, "US-EXCL-FORECLOSURE-40", "t", Category.EXCLUSIVE_DEALING, "US",
        Severity.HIGH, "f", "c", List.of("a", "p1", "p2"), Map.of("foreclosedShare", 40.0), Map.of());

    Explanation why = explainer.explain(concern);

    assertThat(why.thresholds()).isEmpty();
    assertThat(why.facts()).extracting(Fact::kind).containsExactly("company", "pipeline", "pipeline");
    assertThat(why.indicators()).extracting(Derivation::derivation)
        .containsExactly("foreclosed share of compute by group a 40.0% = 25.0 (p1) + 15.0 (p2)");
  }
}
