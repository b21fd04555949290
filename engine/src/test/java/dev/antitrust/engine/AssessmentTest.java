package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentTest {
  @TempDir Path dir;

  @Test
  void assess_thresholdInForceOnAsOf_isUsed() {
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, TestPacks.SHARE_RULE));
    // 35% is above the 2025 row (30) but not the 2026 row (40).
    assertThat(engine.assess(TestPacks.market("2025-12-31", 35, 5)).concerns()).hasSize(1);
    assertThat(engine.assess(TestPacks.market("2026-01-01", 35, 5)).concerns()).isEmpty();
  }

  @Test
  void assess_concernCarriesMetadataScoreAndEvidence() {
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, TestPacks.SHARE_RULE));
    Assessment a = engine.assess(TestPacks.market("2025-06-01", 45, 5));
    Concern c = a.concerns().get(0);
    assertThat(c.rank()).isEqualTo(1);
    assertThat(c.ruleId()).isEqualTo("T-SHARE");
    assertThat(c.citation()).isEqualTo("Test Act §1");
    assertThat(c.finding()).isEqualTo("a holds 45.0%");
    assertThat(c.subjects()).containsExactly("a", "m");
    assertThat(c.thresholds()).containsEntry("test.share", 30.0);
    // high = 70 points, plus 10 × (45 − 30) / 30 = 5 margin points.
    assertThat(c.score()).isEqualTo(75.0);
    assertThat(a.rulePack().sources()).containsExactly(dir.toString());
  }

  @Test
  void assess_moneyThresholdInEur_isConvertedToCaseCurrency() {
    String rule = String.join("\n",
        "rule \"money\" @id(\"T-MONEY\") @title(\"t\") @category(\"merger-filing\") @jurisdiction(\"EU\")",
        "  @severity(\"low\") @citation(\"c\")",
        "when $t : Threshold( key == \"test.money\" )",
        "then insert(Finding.of(\"%.1f %s\", $t.value(), $t.unit())); end", "");
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, rule));
    // 100 EUR at 1.1 USD per EUR is 110 USD.
    assertThat(engine.assess(TestPacks.market("2026-01-01", 10, 5)).concerns().get(0).finding()).isEqualTo("110.0 USD");
  }

  @Test
  void assess_jurisdictionNotCovered_concernLeftOut() {
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, TestPacks.SHARE_RULE));
    Case us = TestPacks.market("2025-06-01", 45, 5);
    Case euOnly = new Case(1, us.id(), us.title(), us.asOf(), List.of("EU"), "USD", Map.of(), us.companies(),
        us.markets(), us.agreements(), us.pipelines(), us.hardware(), us.people(), null);
    assertThat(engine.assess(us).concerns()).hasSize(1);
    assertThat(engine.assess(euOnly).concerns()).isEmpty();
  }

  @Test
  void assess_loopingRule_stoppedByFiringLimitNamingTheRule() {
    String loop = String.join("\n",
        "declare Tick n : int end",
        "rule \"loop\" @indicator(\"counts forever\") salience 100",
        "when $t : Tick() then insert(new Tick($t.getN() + 1)); end",
        "rule \"start\" @indicator(\"starts\") salience 100 when MarketShare(company == \"a\", share > 5) then insert(new Tick(0)); end", "");
    RiskEngine engine = RiskEngine.builder().withoutBuiltInRules().rules(TestPacks.pack(dir, loop)).firingLimit(500).build();
    AssessmentException e = catchThrowableOfType(AssessmentException.class,
        () -> engine.assess(TestPacks.market("2025-06-01", 10, 5)));
    assertThat(e.caseId()).isEqualTo("case-1");
    assertThat(e.ruleId()).isEqualTo("\"loop\"");
    assertThat(e.getMessage()).matches(
        "case 'case-1': stopped after 500 rule firings, the firing limit; rule \"loop\" fired most \\(\\d{3} times\\): does it loop\\?");
    // The engine stays usable for the next case.
    assertThat(engine.assess(TestPacks.market("2025-06-01", 0, 5)).concerns()).isEmpty();
  }

  @Test
  void assess_ruleThatThrows_reportedWithRuleId() {
    String broken = TestPacks.SHARE_RULE.replace("then\n", "then\n  int zero = 0;\n  int boom = 1 / zero;\n");
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, broken));
    AssessmentException e = catchThrowableOfType(AssessmentException.class,
        () -> engine.assess(TestPacks.market("2025-06-01", 45, 5)));
    assertThat(e.ruleId()).isEqualTo("T-SHARE");
    assertThat(e.getMessage()).isEqualTo("case 'case-1': rule T-SHARE failed: ArithmeticException: / by zero");
  }

  @Test
  void assess_slowLoopingRule_stoppedByTimeBudgetNamingTheRule() {
    // Each firing computes for a tenth of a millisecond or more, so the firing limit is far away when
    // the budget ends, and even a starved machine fires it more often than the one "start" firing.
    String slow = String.join("\n",
        "declare Tick n : int end",
        "rule \"slow\" @indicator(\"counts slowly forever\") salience 100",
        "when $t : Tick()",
        "then double x = 0; for (int i = 0; i < 20000; i++) { x += Math.sqrt(i + x % 7); }",
        "  insert(new Tick($t.getN() + 1)); end",
        "rule \"start\" @indicator(\"starts\") salience 100 when MarketShare(company == \"a\", share > 5)",
        "then insert(new Tick(0)); end", "");
    RiskEngine engine = RiskEngine.builder().withoutBuiltInRules().rules(TestPacks.pack(dir, slow))
        .caseTimeout(Duration.ofMillis(200)).build();
    long start = System.nanoTime();
    AssessmentException e = catchThrowableOfType(AssessmentException.class,
        () -> engine.assess(TestPacks.market("2025-06-01", 10, 5)));
    long tookMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(e).as("the case should run out of time").isNotNull();
    assertThat(e.ruleId()).isEqualTo("\"slow\"");
    assertThat(e.getMessage()).matches("case 'case-1': stopped after the time budget of 200 ms;"
        + " rule \"slow\" fired most \\(\\d+ times\\): does it loop\\?");
    // Halted close to the budget, not at the firing limit; generous for a busy shared machine.
    assertThat(tookMillis).isLessThan(5_000);
    // The engine stays usable: a case where the loop does not start passes, in time.
    assertThat(engine.assess(TestPacks.market("2025-06-01", 0, 5)).concerns()).isEmpty();
  }

  @Test
  void assess_slowConditionAndNoFiring_failsPastTheBudgetSayingSo() {
    // The condition holds the session for 400 ms and is false, so no rule ever fires: the budget
    // of 100 ms is found spent when the session comes to rest. Trusted, to read the clock.
    String slow = String.join("\n",
        "function boolean slowlyFalse() {",
        "  long end = System.nanoTime() + 400_000_000L; while (System.nanoTime() < end) { } return false; }",
        "rule \"never\" @indicator(\"waits\") salience 100 when MarketShare(company == \"a\", slowlyFalse()) then end", "");
    RiskEngine engine = RiskEngine.builder().withoutBuiltInRules().trustRules()
        .rules(TestPacks.pack(dir, slow)).caseTimeout(Duration.ofMillis(100)).build();

    AssessmentException e = catchThrowableOfType(AssessmentException.class,
        () -> engine.assess(TestPacks.market("2025-06-01", 10, 5)));

    assertThat(e).as("the case should run out of time").isNotNull();
    assertThat(e.ruleId()).isNull();
    assertThat(e.getMessage()).isEqualTo("case 'case-1': stopped after the time budget of 100 ms"
        + " before any rule fired: a condition takes too long");
  }

  @Test
  void builder_caseTimeoutNotPositive_refusedWithTheValue() {
    assertThatThrownBy(() -> RiskEngine.builder().caseTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("case timeout must be positive: PT0S");
    assertThatThrownBy(() -> RiskEngine.builder().caseTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("case timeout must be positive: PT-1S");
  }
}
