package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code antitrust validate}: every problem at once, or a one-line OK. */
class ValidateCommandTest {
  @TempDir
  Path temp;

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

  private Path folder(String path, String text) throws Exception {
    Path file = temp.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return temp;
  }

  @Test
  void builtInPack_exits0WithOneLineSummary() {
    Invocation run = Invocation.of("validate");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines()).singleElement().asString()
        .matches("OK: \\d+ rules, \\d+ thresholds \\(\\d+ rows\\); sources: builtin");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void threeMistakesInOneFile_threeLocatedMessagesAndExit2() throws Exception {
    String ok = "insert(Finding.of(\"%s\", $s.company()).about($s.company()));";
    String drl = "package dev.antitrust.rules.mine;\nimport dev.antitrust.model.*;\n"
        + rule("A", "MY-A", " @citation(\"x\")", "$s : MarketShare( share > )", ok)
        + rule("B", "MY-B", " @citation(\"x\")", "$s : MarketShare( sharre > 3 )", ok)
        + rule("C", "MY-C", "", "$s : MarketShare( share > 3 )", ok);
    Path dir = folder("mine/extra.drl", drl);
    String file = dir.resolve("mine/extra.drl").toString();

    Invocation run = Invocation.of("validate", "--rules", dir.toString());

    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        file + ":7:29: no viable alternative at input ')' in rule \"A\"",
        file + ":15:21: rule \"B\": MarketShare has no field 'sharre' (did you mean 'share'?)",
        file + ":19:1: rule \"C\" is missing @citation (every concern rule needs @id @title @category"
            + " @jurisdiction @severity @citation; an indicator rule needs @indicator)",
        "3 problems");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void disabledList_reportedInSummary_andBadRowsAreProblems() throws Exception {
    Path dir = folder("disabled.csv", "id,reason\nUS-HSR-SOT-SOP,we file for every deal anyway\n");
    Invocation ok = Invocation.of("validate", "--rules", dir.toString());
    assertThat(ok.exitCode()).as("%s", ok).isZero();
    assertThat(ok.out()).contains(", 1 disabled; sources: builtin, " + dir);

    Files.writeString(dir.resolve("disabled.csv"), "id,reason\nUS-HSR-SOT-SOP\n");
    Invocation bad = Invocation.of("validate", "--rules", dir.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines()).containsExactly(dir.resolve("disabled.csv")
        + ":2: rule 'US-HSR-SOT-SOP' is disabled without a reason; say why in the reason column", "1 problem");
  }

  @Test
  void missingFolder_isAUsageError() {
    Invocation run = Invocation.of("validate", "--rules", temp.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "Invalid value for option '--rules': '" + temp.resolve("nope") + "' is not a directory",
        "Try 'antitrust validate --help' for more information.");
  }

  @Test
  void ruleCallingSystemExit_refusedByThePolicyExit2_loadsWithTrustRules() throws Exception {
    String drl = "package dev.antitrust.rules.mine;\nimport dev.antitrust.model.*;\n"
        + rule("A", "MY-A", " @citation(\"x\")", "$s : MarketShare( share > 3 )", "System.exit(3);");
    Path dir = folder("mine/exit.drl", drl);
    String file = dir.resolve("mine/exit.drl").toString();

    Invocation refused = Invocation.of("validate", "--rules", dir.toString());
    Invocation trusted = Invocation.of("validate", "--rules", dir.toString(), "--trust-rules");

    assertThat(refused.exitCode()).as("%s", refused).isEqualTo(2);
    assertThat(refused.errLines()).containsExactly(
        file + ":9:3: rule \"A\" uses System, which rule packs may not use (process and system access)",
        "1 problem");
    assertThat(trusted.exitCode()).as("%s", trusted).isZero();
    assertThat(trusted.outLines()).singleElement().asString().endsWith("; rule policy off (--trust-rules)");
  }
}
