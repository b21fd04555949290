package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases run in reused sessions must give what a fresh session gives, whatever ran before them. */
class SessionReuseTest {
  @TempDir Path dir;

  /** A derived fact per share above the threshold, and a concern per market with two of them. */
  private static final String DERIVING_RULES = String.join("\n",
      "declare Big company : String market : String end",
      "rule \"big\" @indicator(\"share above threshold\") salience 100",
      "when $t : Threshold( key == \"test.share\" ) $s : MarketShare( share > $t.value )",
      "then insertLogical(new Big($s.company(), $s.market())); end",
      "rule \"two big firms\"",
      "  @id(\"T-TWO-BIG\") @title(\"Two big firms\") @category(\"concentration\")",
      "  @jurisdiction(\"US\") @severity(\"medium\") @citation(\"Test Act §2\")",
      "when",
      "  Market( $m : id )",
      "  accumulate( Big( market == $m, $c : company ); $n : count( $c ); $n >= 2 )",
      "then",
      "  insert(Finding.of(\"two firms above the threshold in %s\", $m).about($m));",
      "end",
      "");

  @Test
  void casesInAnyOrder_giveWhatAFreshEngineGives() {
    Path pack = TestPacks.pack(dir, TestPacks.SHARE_RULE + DERIVING_RULES);
    List<Case> cases = List.of(
        TestPacks.market("2025-06-01", 35, 45),   // 2025 threshold 30: both big
        TestPacks.market("2026-06-01", 35, 45),   // 2026 threshold 40: only b
        TestPacks.market("2025-06-01", 10, 5),    // nobody
        TestPacks.market("2025-06-01", 35, 45));  // the first case again
    RiskEngine reused = TestPacks.engine(pack);
    for (Case c : cases) {
      Assessment fresh = TestPacks.engine(pack).assess(c);
      assertThat(reused.assess(c)).isEqualTo(fresh);
    }
    assertThat(reused.assess(cases.get(0)).concerns()).extracting(c -> c.ruleId())
        .containsExactlyInAnyOrder("T-SHARE", "T-SHARE", "T-TWO-BIG");
    assertThat(reused.assess(cases.get(1)).concerns()).extracting(c -> c.ruleId()).containsExactly("T-SHARE");
  }

  @Test
  void ruleMatchingOnlyThresholds_firesForEveryCaseItHoldsFor() {
    // Nothing of the case is matched: a session that only deleted the last case's facts would hold
    // this match as already fired; the reset between cases must clear it.
    String noDeal = String.join("\n",
        "rule \"no agreement\"",
        "  @id(\"T-NO-DEAL\") @title(\"No agreement\") @category(\"merger-filing\")",
        "  @jurisdiction(\"US\") @severity(\"info\") @citation(\"Test Act §3\")",
        "when",
        "  $t : Threshold( key == \"test.share\" )",
        "  not Agreement()",
        "then",
        "  insert(Finding.of(\"no agreement in the case\"));",
        "end",
        "");
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, noDeal));
    Case withoutDeal = withoutAgreements(TestPacks.market("2025-06-01", 10, 5));

    assertThat(engine.assess(withoutDeal).concerns()).extracting(c -> c.ruleId()).containsExactly("T-NO-DEAL");
    assertThat(engine.assess(withoutDeal).concerns()).extracting(c -> c.ruleId()).containsExactly("T-NO-DEAL");
    assertThat(engine.assess(TestPacks.market("2025-06-01", 10, 5)).concerns()).isEmpty();
    assertThat(engine.assess(withoutDeal).concerns()).extracting(c -> c.ruleId()).containsExactly("T-NO-DEAL");
  }

  private static Case withoutAgreements(Case c) {
    return new Case(c.schemaVersion(), c.id(), c.title(), c.asOf(), c.jurisdictions(), c.currency(), c.fx(),
        c.companies(), c.markets(), List.of(), c.pipelines(), c.hardware(), c.people(), c.notes());
  }
}
