package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.antitrust.model.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One load reports every mistake of a rule file, each at its own line and column. */
class RulePackValidationTest {
  @TempDir Path dir;

  private static String rule(String name, String id, String metadata, String condition, String consequence) {
    return String.join("\n",
        "rule \"" + name + "\"",
        "  @id(\"" + id + "\") @title(\"T\") @category(\"dominance\")",
        "  @jurisdiction(\"US\") @severity(\"high\")" + metadata,
        "when",
        "  " + condition,
        "then",
        "  " + consequence,
        "end",
        "");
  }

  private static final String OK_CONSEQUENCE = "insert(Finding.of(\"%s\", $s.company()).about($s.company()));";
  private static final String CITATION = " @citation(\"Act §1\")";

  private List<String> problems(String drl) {
    TestPacks.pack(dir, drl);
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> TestPacks.engine(dir));
    assertThat(e).as("the pack should not load").isNotNull();
    return e.problems().stream().map(Problem::toString).map(s -> s.replace(dir.toString(), "DIR")).toList();
  }

  @Test
  void load_syntaxErrorUnknownFieldAndMissingMetadataInOneFile_reportsAllThree() {
    // Lines: 1-2 header; rule A 3-10, rule B 11-18, rule C 19-26.
    String drl = rule("A", "T-A", CITATION, "$s : MarketShare( share > )", OK_CONSEQUENCE)
        + rule("B", "T-B", CITATION, "$s : MarketShare( sharre > 3 )", OK_CONSEQUENCE)
        + rule("C", "T-C", "", "$s : MarketShare( share > 3 )", OK_CONSEQUENCE);

    assertThat(problems(drl)).containsExactly(
        "DIR/test/rules.drl:7:29: no viable alternative at input ')' in rule \"A\"",
        "DIR/test/rules.drl:15:21: rule \"B\": MarketShare has no field 'sharre' (did you mean 'share'?)",
        "DIR/test/rules.drl:19:1: rule \"C\" is missing @citation (every concern rule needs"
            + " @id @title @category @jurisdiction @severity @citation; an indicator rule needs @indicator)");
  }

  @Test
  void load_typeErrorsInConsequence_mappedToTheirDrlLinesWithoutGeneratedNames() {
    String consequence = String.join("\n",
        "String ok = \"a\";",
        "    String bad = $s.nosuch();",
        "  int n = \"text\";",
        "  " + OK_CONSEQUENCE);
    List<String> problems = problems(rule("A", "T-A", CITATION, "$s : MarketShare( share > 3 )", consequence));

    assertThat(problems).containsExactly(
        "DIR/test/rules.drl:10:21: rule \"A\": The method nosuch() is undefined for the type MarketShare",
        "DIR/test/rules.drl:11:3: rule \"A\": Type mismatch: cannot convert from String to int");
  }

  @Test
  void load_typeErrorAfterBlankLinesInConsequence_stillOnItsLine() {
    String consequence = "\n\n  int n = 1; String s = $s.nosuch();\n  " + OK_CONSEQUENCE;
    assertThat(problems(rule("A", "T-A", CITATION, "$s : MarketShare( share > 3 )\n  $m : Market()", consequence)))
        .containsExactly("DIR/test/rules.drl:12:28: rule \"A\": The method nosuch() is undefined for the type MarketShare");
  }

  @Test
  void load_syntaxErrorOutsideAnyRule_reportedOnce() {
    List<String> problems = problems("import dev.antitrust.model.;\n" + TestPacks.SHARE_RULE);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("DIR/test/rules.drl:3:");
  }
}
