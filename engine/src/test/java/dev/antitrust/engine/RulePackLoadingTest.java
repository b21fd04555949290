package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.model.Problem;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackLoadingTest {
  @TempDir Path dir;

  private String loadError(String drl) {
    Path pack = TestPacks.pack(dir, drl);
    RulePackException e = (RulePackException) org.assertj.core.api.Assertions.catchThrowable(() -> TestPacks.engine(pack));
    assertThat(e).as("the pack should not load").isNotNull();
    return e.getMessage().replace(dir.toString(), "DIR");
  }

  @Test
  void load_validPack_listsRuleWithMetadataAndThresholdKeys() {
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, TestPacks.SHARE_RULE));
    assertThat(engine.rules()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo("T-SHARE");
      assertThat(r.citation()).isEqualTo("Test Act §1");
      assertThat(r.thresholdKeys()).containsExactly("test.share");
      assertThat(r.file()).isEqualTo(dir.resolve("test/rules.drl").toString());
    });
    assertThat(engine.rulePack().sha256()).hasSize(64);
  }

  @Test
  void load_missingCitation_namesFileLineAndRule() {
    String drl = TestPacks.SHARE_RULE.replace(" @citation(\"Test Act §1\")", "");
    assertThat(loadError(drl)).isEqualTo(
        "DIR/test/rules.drl:3:1: rule \"share above threshold\" is missing @citation (every concern rule needs"
            + " @id @title @category @jurisdiction @severity @citation; an indicator rule needs @indicator)");
  }

  @Test
  void load_unknownMetadataKey_isRefused() {
    String drl = TestPacks.SHARE_RULE.replace("@citation(", "@citaton(\"x\") @citation(");
    assertThat(loadError(drl)).isEqualTo(
        "DIR/test/rules.drl:3:1: rule \"share above threshold\" has unknown metadata @citaton"
            + " (known: @id @title @category @jurisdiction @severity @citation, or @indicator)");
  }

  @Test
  void load_unknownCategory_listsKnownOnes() {
    String drl = TestPacks.SHARE_RULE.replace("@category(\"dominance\")", "@category(\"dominanse\")");
    assertThat(loadError(drl)).startsWith(
        "DIR/test/rules.drl:3:1: rule \"share above threshold\" has unknown @category(\"dominanse\"); known: concentration, dominance,");
  }

  @Test
  void load_syntaxError_pointsAtUserFileLineAndColumn() {
    String drl = TestPacks.SHARE_RULE.replace("$s : MarketShare( share > $t.value )", "$s : MarketShare( share > )");
    assertThat(loadError(drl)).startsWith("DIR/test/rules.drl:8:");
  }

  @Test
  void load_unknownField_pointsAtUserFileNotGeneratedCode() {
    String drl = TestPacks.SHARE_RULE.replace("share > $t.value", "sharre > $t.value");
    String message = loadError(drl);
    assertThat(message).startsWith("DIR/test/rules.drl:").contains("sharre").doesNotContain("Rule_", ".java");
  }

  @Test
  void load_thresholdKeyMissingFromTable_isRefused() {
    String drl = TestPacks.SHARE_RULE.replace("\"test.share\"", "\"test.shar\"");
    assertThat(loadError(drl)).isEqualTo(
        "DIR/test/rules.drl:3:1: rule \"share above threshold\" uses threshold 'test.shar', which thresholds.csv does not have");
  }

  @Test
  void load_duplicateIdInOneLayer_namesBothRules() {
    String second = TestPacks.SHARE_RULE.replace("rule \"share above threshold\"", "rule \"copy\"");
    assertThat(loadError(TestPacks.SHARE_RULE + second)).isEqualTo(
        "DIR/test/rules.drl:13:1: rule \"copy\" repeats @id(\"T-SHARE\") of rule \"share above threshold\" at DIR/test/rules.drl:3");
  }

  @Test
  void load_indicatorWithConcernMetadata_isRefused() {
    String drl = "rule \"derive\" @indicator(\"x\") @id(\"T-X\") salience 100\nwhen\n  MarketShare()\nthen\nend\n";
    assertThat(loadError(drl)).isEqualTo(
        "DIR/test/rules.drl:3:1: rule \"derive\" has both @indicator and @id: a rule either derives indicators or raises a concern");
  }

  @Test
  void load_indicatorWithoutSalience_isRefused() {
    String drl = "rule \"derive\" @indicator(\"x\")\nwhen\n  MarketShare()\nthen\nend\n";
    assertThat(loadError(drl)).isEqualTo("DIR/test/rules.drl:3:1: rule \"derive\" is an @indicator rule without a"
        + " positive salience: add 'salience 100' so it runs before the concern rules");
  }

  @Test
  void load_concernWithPositiveSalience_isRefused() {
    String drl = TestPacks.SHARE_RULE.replace("when\n", "  salience 5\nwhen\n");
    assertThat(loadError(drl)).isEqualTo("DIR/test/rules.drl:3:1: rule \"share above threshold\" is a concern rule"
        + " with salience 5: only @indicator rules may run first (use 0 or less)");
  }

  @Test
  void load_manyProblems_reportedTogether() {
    String drl = TestPacks.SHARE_RULE.replace(" @citation(\"Test Act §1\")", "").replace("\"test.share\"", "\"nope\"");
    RulePackException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        RulePackException.class, () -> TestPacks.engine(TestPacks.pack(dir, drl)));
    assertThat(e.problems()).extracting(Problem::message).hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("missing @citation"))
        .anySatisfy(m -> assertThat(m).contains("uses threshold 'nope'"));
  }

  @Test
  void load_thresholdTableProblems_locatedByLine() {
    // Line 12 is the first row after the 11 lines of SCORING_ROWS; the comment line counts too.
    String table = TestPacks.SCORING_ROWS + "# a comment\nbad.value,abc,percent,US,,,x\nover.lap,1,percent,US,2020-01-01,,x\nover.lap,2,percent,US,2021-01-01,,x\n";
    TestPacks.write(dir, Map.of("thresholds.csv", table, "test/rules.drl", TestPacks.HEADER + TestPacks.SHARE_RULE));
    assertThatThrownBy(() -> TestPacks.engine(dir))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining(dir.resolve("thresholds.csv") + ":13: value of 'bad.value' must be a number, got 'abc'")
        .hasMessageContaining(dir.resolve("thresholds.csv") + ":15: rows for 'over.lap' overlap in time with line 14");
  }

  @Test
  void load_missingDirectory_isAProblemNotACrash() {
    assertThatThrownBy(() -> TestPacks.engine(dir.resolve("nope")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining(dir.resolve("nope") + ": rule directory does not exist");
  }
}
