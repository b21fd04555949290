package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --why-not for rules that {@link NearestMiss} does not restate: the answer comes from the rule's own
 * conditions. The test case has companies a and b, market m (a 35%, b 10%) and merger deal of no
 * stated value; test.money is 100 EUR, 110 in the case's USD at the table's fx.EUR of 1.1.
 */
class ConditionReportTest {
  @TempDir Path dir;

  private static final String META = "  @title(\"t\") @category(\"dominance\") @jurisdiction(\"US\") @severity(\"low\")"
      + " @citation(\"Test Act\")\n";

  private WhyNot whyNot(String id, String when, String extraRows) {
    String drl = "rule \"" + id + "\"\n  @id(\"" + id + "\")\n" + META + "when\n" + when
        + "then\n  insert(Finding.of(\"x\"));\nend\n";
    TestPacks.write(dir, Map.of("thresholds.csv", TestPacks.SCORING_ROWS + extraRows,
        "test/rules.drl", TestPacks.HEADER + drl));
    return TestPacks.engine(dir).whyNot(TestPacks.market("2026-05-06", 35, 10), id);
  }

  @Test
  void kindOfFactTheCaseLacks_isTheReason() {
    WhyNot answer = whyNot("T-PEOPLE", "  $p : Person( )\n  $c : Company( id == \"a\" )\n", "");

    assertThat(answer.fired()).isFalse();
    assertThat(answer.summary()).isEqualTo("T-PEOPLE did not fire: it needs a person and the case has none (people:)."
        + " The rule's conditions, thresholds as in force on 2026-05-06:");
    assertThat(answer.details()).containsExactly("$p : Person( ) — no people in the case",
        "$c : Company( id == \"a\" ) — 2 companies in the case");
  }

  @Test
  void comparisonThatEveryFactFails_isTheReason_withTheNearestMiss() {
    WhyNot answer = whyNot("T-VALUE", "  $t : Threshold( key == \"test.money\" )\n"
        + "  $a : Agreement( valueOrZero > $t.value )\n", "");

    assertThat(answer.summary()).isEqualTo("T-VALUE did not fire: no agreement has valueOrZero > 110 USD (test.money)"
        + " (nearest: deal at 0 USD, a gap of 110 USD). The rule's conditions, thresholds as in force on 2026-05-06:");
    assertThat(answer.details()).containsExactly(
        "$t : Threshold( key == \"test.money\" ) — test.money = 110 USD (EU, always in force, test money)",
        "$a : Agreement( valueOrZero > $t.value ) — 1 agreement in the case",
        "  valueOrZero > 110 USD (test.money): fails for deal (0 USD)");
  }

  @Test
  void comparisonsThatHold_andConditionsOnDerivedFacts_sayNoMoreThanIsKnown() {
    WhyNot answer = whyNot("T-SHARES", "  $t : Threshold( key == \"test.share\" )\n"
        + "  $s : MarketShare( share < $t.value, share > 20 )\n"
        + "  GroupShare( market == $s.market, share > 90 )\n"
        + "  not Company( id == \"z\" )\n", "");

    assertThat(answer.summary()).isEqualTo("T-SHARES did not fire: its conditions did not all hold on this case."
        + " --why-not does not test this rule's conditions one by one; here they are with what the case holds for"
        + " each, thresholds as in force on 2026-05-06:");
    assertThat(answer.details()).containsExactly(
        "$t : Threshold( key == \"test.share\" ) — test.share = 40 percent (US, in force from 2026-01-01, test 2026)",
        "$s : MarketShare( share < $t.value, share > 20 ) — 2 market shares in the case",
        "  share < 40% (test.share): holds for a in m (35.0%), b in m (10.0%)",
        "  share > 20: holds for a in m (35); fails for b in m (10)",
        "GroupShare( market == $s.market, share > 90 ) — a fact the pack's indicator rules derive; not counted here",
        "not Company( id == \"z\" ) — not analysed");
  }

  @Test
  void thresholdWithNoRowInForce_isTheReason() {
    WhyNot answer = whyNot("T-OLD", "  $t : Threshold( key == \"test.old\" )\n  Company( )\n",
        "test.old,5,percent,US,,2020-12-31,repealed\n");

    assertThat(answer.summary()).startsWith("T-OLD did not fire: no row of 'test.old' is in force on 2026-05-06.");
    assertThat(answer.details()).first().isEqualTo("$t : Threshold( key == \"test.old\" ) — no row in force");
  }
}
