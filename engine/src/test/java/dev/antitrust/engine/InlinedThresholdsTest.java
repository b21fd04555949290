package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules whose threshold patterns the engine compiles into reads of a global match exactly when they
 * matched as written: not at all on a day the threshold is not in force, whichever way the rule
 * guards against it, and with the threshold's value and evidence when it is.
 */
class InlinedThresholdsTest {
  /** In force from 2026 only. */
  private static final String LATE_ROW = "test.late,10,percent,US,2026-01-01,,test from 2026\n";

  /** Guarded by NaN: a missing threshold fails `share > NaN`. */
  private static final String COMPARED = rule("T-COMPARED", """
        $t : Threshold( key == "test.late" )
        $s : MarketShare( share > $t.value )
      """, "$s.company()");

  /** Guarded by an eval: `not MarketShare( share > NaN )` holds. */
  private static final String NEGATED = rule("T-NEGATED", """
        $t : Threshold( key == "test.late" )
        $m : Market( )
        not MarketShare( market == $m.id, share > $t.value * 10 )
      """, "$m.id()");

  @TempDir Path dir;

  @Test
  void assess_beforeTheThresholdIsInForce_neitherRuleFires() {
    assertThat(ruleIds(assess("2025-06-01"))).isEmpty();
  }

  @Test
  void assess_onceTheThresholdIsInForce_bothFireWithItsValueAsEvidence() {
    Assessment assessment = assess("2026-06-01");

    assertThat(ruleIds(assessment)).containsExactlyInAnyOrder("T-COMPARED", "T-COMPARED", "T-NEGATED");
    assertThat(assessment.concerns()).allSatisfy(c -> assertThat(c.thresholds()).containsEntry("test.late", 10.0));
  }

  @Test
  void load_anErrorOnALineTheRewriteChanged_pointsAtTheColumnAsWritten() {
    String drl = COMPARED.replace("share > $t.value", "share > $t.value, sharre > 1");
    TestPacks.write(dir,
        Map.of("thresholds.csv", TestPacks.SCORING_ROWS + LATE_ROW, "test/rules.drl", TestPacks.HEADER + drl));

    RulePackException e = catchThrowableOfType(() -> TestPacks.engine(dir), RulePackException.class);

    String line = (TestPacks.HEADER + drl).lines().filter(l -> l.contains("sharre")).findFirst().orElseThrow();
    int lineNumber = (TestPacks.HEADER + drl).lines().toList().indexOf(line) + 1;
    int column = line.indexOf("sharre") + 1;
    assertThat(e.getMessage()).contains("test/rules.drl:" + lineNumber + ":" + column + ": ")
        .doesNotContain(ThresholdInlining.GLOBAL);
  }

  @Test
  void assess_aTrustedPackWithAGlobalOfThatName_compilesAsWritten() {
    // The rewritten text would declare the name twice, with two types: it does not compile.
    TestPacks.write(dir, Map.of("thresholds.csv", TestPacks.SCORING_ROWS + LATE_ROW, "test/rules.drl",
        TestPacks.HEADER + "global String " + ThresholdInlining.GLOBAL + ";\n\n" + COMPARED));
    // Only a trusted pack may declare a global.
    RiskEngine engine = RiskEngine.builder().withoutBuiltInRules().rules(dir).trustRules().build();

    assertThat(ruleIds(engine.assess(TestPacks.market("2025-06-01", 15, 12)))).isEmpty();
    assertThat(ruleIds(engine.assess(TestPacks.market("2026-06-01", 15, 12))))
        .containsExactly("T-COMPARED", "T-COMPARED");
  }

  private Assessment assess(String date) {
    TestPacks.write(dir, Map.of("thresholds.csv", TestPacks.SCORING_ROWS + LATE_ROW,
        "test/rules.drl", TestPacks.HEADER + COMPARED + NEGATED));
    return TestPacks.engine(dir).assess(TestPacks.market(date, 15, 12));
  }

  private static List<String> ruleIds(Assessment assessment) {
    return assessment.concerns().stream().map(Concern::ruleId).toList();
  }

  private static String rule(String id, String conditions, String subject) {
    return "rule \"" + id + "\"\n  @id(\"" + id + "\") @title(\"t\") @category(\"dominance\")\n"
        + "  @jurisdiction(\"US\") @severity(\"high\") @citation(\"Test Act\")\nwhen\n" + conditions
        + "then\n  insert(Finding.of(\"over %.0f\", $t.value()).about(" + subject + ").crossed($t, 1.0));\nend\n\n";
  }
}
