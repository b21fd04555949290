package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.antitrust.model.DisabledRule;
import dev.antitrust.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule folder's disabled.csv, and exporting the built-in pack to start a folder from. */
class RulePackLayeringTest {
  @TempDir Path dir;

  private Path packWithDisabled(String disabledCsv) {
    TestPacks.pack(dir.resolve("base"), TestPacks.SHARE_RULE);
    return TestPacks.write(dir.resolve("mine"), Map.of("disabled.csv", disabledCsv));
  }

  private RiskEngine layered(Path mine) {
    return RiskEngine.builder().withoutBuiltInRules().rules(dir.resolve("base")).rules(mine).build();
  }

  @Test
  void disabledRule_isNotRunAndIsRecordedWithItsReason() {
    Path mine = packWithDisabled("id,reason\nT-SHARE,not relevant to our deals\n");
    RiskEngine engine = layered(mine);

    assertThat(engine.rules()).isEmpty();
    assertThat(engine.assess(TestPacks.market("2026-05-06", 60, 10)).concerns()).isEmpty();
    assertThat(engine.rulePack().disabled()).containsExactly(
        new DisabledRule("T-SHARE", "not relevant to our deals", mine.resolve("disabled.csv") + ":2"));
  }

  @Test
  void disabledList_unknownIdAndMissingReason_areProblemsWithTheirLines() {
    Path mine = packWithDisabled("id,reason\nT-SHAER,typo\n# a comment\nT-SHARE,\n");
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> layered(mine));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        mine.resolve("disabled.csv") + ":2: cannot disable rule 'T-SHAER': no rule of the pack has that @id"
            + " (did you mean 'T-SHARE'?)",
        mine.resolve("disabled.csv") + ":4: rule 'T-SHARE' is disabled without a reason; say why in the reason column");
  }

  @Test
  void noDisabledList_packInfoHasNoDisabledRules() {
    assertThat(TestPacks.engine(TestPacks.pack(dir, TestPacks.SHARE_RULE)).rulePack().disabled()).isEmpty();
  }

  @Test
  void ruleSource_isTheRuleAsWritten() {
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, TestPacks.SHARE_RULE));
    assertThat(engine.ruleSource("T-SHARE")).hasValue(TestPacks.SHARE_RULE.strip());
    assertThat(engine.ruleSource("NOPE")).isEmpty();
  }

  @Test
  void exportBuiltInPack_withoutBuiltInPack_isAProblem() {
    // The engine module's tests have no built-in pack on the classpath, so there is nothing to write.
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> RiskEngine.exportBuiltInPack(dir, false));
    assertThat(e.problems()).extracting(Problem::toString)
        .containsExactly("builtin: the built-in rule pack is not on the classpath");
    assertThat(Files.exists(dir.resolve("thresholds.csv"))).isFalse();
  }
}
