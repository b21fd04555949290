package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.antitrust.model.Case;
import dev.antitrust.model.Threshold;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference facts of a case are those of its date and currency, worked out once per kind of case. */
class ReferenceFactsTest {
  @TempDir Path dir;

  private RulePack pack() {
    return RulePack.load(false, List.of(TestPacks.pack(dir, TestPacks.SHARE_RULE)), false);
  }

  /** Every fact in force, matched by a rule or not. */
  private ReferenceFacts references() {
    RulePack pack = pack();
    return new ReferenceFacts(pack.thresholds, pack.lists, fact -> true);
  }

  private static Threshold threshold(ReferenceFacts.InForce inForce, String key) {
    return inForce.facts().stream().filter(f -> f instanceof Threshold t && t.key().equals(key))
        .map(Threshold.class::cast).findFirst().orElseThrow(() -> new AssertionError("no threshold " + key));
  }

  @Test
  void onlyFactsARuleCanMatch_goIntoTheSession() {
    // A threshold matched as a fact, binding its value: not compiled into a read of the global.
    String valueBound = TestPacks.SHARE_RULE
        .replace("$t : Threshold( key == \"test.share\" )", "Threshold( key == \"test.share\", $v : value )")
        .replace("share > $t.value", "share > $v").replace(".crossed($t, $s.share())", "");
    RulePack pack = RulePack.load(false, List.of(TestPacks.pack(dir, valueBound)), false);
    ReferenceFacts references = new ReferenceFacts(pack.thresholds, pack.lists, new MatchableFacts(pack.kieBase));

    // The rule reads test.share alone: test.money and the scoring rows reach no rule.
    assertThat(references.forCase(TestPacks.market("2025-06-01", 10, 5)).facts())
        .extracting(f -> ((Threshold) f).key())
        .containsExactly("test.share");
    assertThat(references().forCase(TestPacks.market("2025-06-01", 10, 5)).facts())
        .extracting(f -> ((Threshold) f).key())
        .contains("test.share", "test.money");
  }

  @Test
  void thresholdsTheRulesReadFromTheGlobal_stayOutOfTheSessionButAreInForce() {
    RulePack pack = pack();
    ReferenceFacts references = new ReferenceFacts(pack.thresholds, pack.lists, new MatchableFacts(pack.kieBase));

    ReferenceFacts.InForce june = references.forCase(TestPacks.market("2025-06-01", 10, 5));

    // SHARE_RULE's `$t : Threshold( key == "test.share" )` is compiled into a read of the global.
    assertThat(june.facts()).noneMatch(Threshold.class::isInstance);
    assertThat(june.thresholds().value("test.share")).isEqualTo(30);
    assertThat(june.thresholds().inForce("test.money")).isTrue();
    assertThat(june.thresholds().inForce("test.nothing")).isFalse();
    assertThat(june.thresholds().value("test.nothing")).isNaN();
  }

  @Test
  void casesOfOnePeriodAndCurrency_shareTheirFacts() {
    ReferenceFacts references = references();
    ReferenceFacts.InForce june = references.forCase(TestPacks.market("2025-06-01", 10, 5));

    assertThat(references.forCase(TestPacks.market("2025-12-31", 35, 45))).isSameAs(june);
    assertThat(threshold(june, "test.share").value()).isEqualTo(30);
  }

  @Test
  void aChangeDayOrAnotherCurrency_givesTheFactsInForceThen() {
    ReferenceFacts references = references();
    ReferenceFacts.InForce usd2025 = references.forCase(TestPacks.market("2025-12-31", 10, 5));
    ReferenceFacts.InForce usd2026 = references.forCase(TestPacks.market("2026-01-01", 10, 5));
    ReferenceFacts.InForce eur2025 = references.forCase(inCurrency(TestPacks.market("2025-12-31", 10, 5), "EUR", Map.of()));

    assertThat(threshold(usd2026, "test.share").value()).isEqualTo(40);
    assertThat(threshold(usd2025, "test.money").value()).isCloseTo(110, within(1e-9));
    assertThat(threshold(eur2025, "test.money").value()).isEqualTo(100);
    assertThat(threshold(eur2025, "test.money").unit()).isEqualTo("EUR");
    assertThat(threshold(usd2025, "test.money").unit()).isEqualTo("USD");
  }

  @Test
  void aCaseWithItsOwnRates_getsThemAndOthersDoNot() {
    ReferenceFacts references = references();
    Case ownRate = inCurrency(TestPacks.market("2025-06-01", 10, 5), "USD", Map.of("EUR", 2.0));

    assertThat(threshold(references.forCase(ownRate), "test.money").value()).isEqualTo(200);
    assertThat(threshold(references.forCase(TestPacks.market("2025-06-01", 10, 5)), "test.money").value())
        .isCloseTo(110, within(1e-9));
  }

  @Test
  void aMissingRate_failsForEachCaseThatNeedsIt() {
    ReferenceFacts references = references();
    Case gbp = inCurrency(TestPacks.market("2025-06-01", 10, 5), "GBP", Map.of());

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> references.forCase(gbp))
          .isInstanceOf(AssessmentException.class)
          .hasMessageContaining("no exchange rate for GBP");
    }
  }

  private static Case inCurrency(Case c, String currency, Map<String, Double> fx) {
    return new Case(c.schemaVersion(), c.id(), c.title(), c.asOf(), c.jurisdictions(), currency, fx,
        c.companies(), c.markets(), c.agreements(), c.pipelines(), c.hardware(), c.people(), c.notes());
  }
}
