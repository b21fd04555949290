package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.antitrust.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code src/test/resources/hostile/} reaches past the facts in its own way; each is
 * refused at load with the place and the name, and loads when the rules are trusted. The files share
 * one layout: the imports on line 3, the condition on line 8, the consequence from line 10. That the
 * built-in pack passes the policy is checked in the rules module, where the pack is.
 */
class RulePolicyTest {
  private static final String IO = "file and network access";
  private static final String SYSTEM = "process and system access";
  private static final String REFLECTION = "reflection and class loading";

  @TempDir Path dir;

  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        refused("system-exit", "10:3: rule \"hostile\" uses System", SYSTEM),
        refused("qualified-exit", "10:3: rule \"hostile\" uses java.lang.System", SYSTEM),
        refused("spaced-qualified-exit", "10:3: rule \"hostile\" uses java.lang.System", SYSTEM),
        refused("runtime-exec", "10:3: rule \"hostile\" uses Runtime", SYSTEM,
            "10:24: rule \"hostile\" uses exec", SYSTEM),
        refused("process-builder", "10:7: rule \"hostile\" uses ProcessBuilder", SYSTEM),
        refused("new-file", "10:7: rule \"hostile\" uses java.io.File", IO),
        refused("files-read", "10:14: rule \"hostile\" uses java.nio.file.Files", IO,
            "10:45: rule \"hostile\" uses java.nio.file.Path", IO),
        refused("url", "10:3: rule \"hostile\" uses java.net.URL", IO),
        refused("socket", "10:3: rule \"hostile\" uses java.net.Socket", IO),
        refused("class-for-name", "10:3: rule \"hostile\" uses Class", REFLECTION),
        refused("class-loader", "10:17: rule \"hostile\" uses getClass", REFLECTION,
            "10:28: rule \"hostile\" uses getClassLoader", REFLECTION),
        refused("reflect-method", "10:3: rule \"hostile\" uses java.lang.reflect.Method", REFLECTION),
        refused("thread", "10:7: rule \"hostile\" uses Thread", "threads"),
        refused("executor", "10:3: rule \"hostile\" uses java.util.concurrent.Executors", "threads"),
        refused("import-file", "3:8: the file imports java.io.File", IO),
        refused("import-function", "3:17: the file imports java.lang.System", SYSTEM),
        refused("function-getenv", "13:10: function \"home\" uses System", SYSTEM),
        refused("constraint-time", "8:29: rule \"hostile\" uses System", SYSTEM),
        refused("mvel-time", "11:7: rule \"hostile\" uses System", SYSTEM),
        refused("static-field", "10:29: rule \"hostile\" uses static", "state shared between cases"),
        refused("unicode-escape", "10:16: rule \"hostile\" uses \\u escapes",
            "Java reads them before comments and strings: write the character itself"),
        refused("engine-internals", "10:3: rule \"hostile\" uses drools", "the rule engine's internals",
            "10:26: rule \"hostile\" uses halt", SYSTEM),
        Arguments.of("global", List.of("3:1: the file declares global \"seen\", which rule packs may not use"
            + " (state shared between cases: put what a rule needs in a fact)")));
  }

  /** Pairs of place-and-name and the reason the message gives for it. */
  private static Arguments refused(String file, String... placeAndReason) {
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < placeAndReason.length; i += 2) {
      messages.add(placeAndReason[i] + ", which rule packs may not use (" + placeAndReason[i + 1] + ")");
    }
    return Arguments.of(file, messages);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void load_hostileRuleFile_refusedWithPlaceAndName(String name, List<String> expected) {
    String file = writeHostile(name);
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> TestPacks.engine(dir));

    assertThat(e).as("the pack should be refused").isNotNull();
    assertThat(e.problems()).map(Problem::toString)
        .containsExactlyElementsOf(expected.stream().map(m -> file + ":" + m).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void load_hostileRuleFileWithTrustRules_loadsAndSaysSo(String name, List<String> expected) {
    writeHostile(name);
    RiskEngine engine = RiskEngine.builder().withoutBuiltInRules().rules(dir).trustRules().build();

    assertThat(engine.rulePack().trustedRules()).isTrue();
  }

  @Test
  void load_refusedNamesInCommentsAndMessages_loads() {
    String drl = "// System.exit(1) is what the policy refuses; /* new java.io.File(\"x\") */ too\n"
        + TestPacks.SHARE_RULE.replace("holds %.1f%%", "holds %.1f%% (not System.exit or getClass())");
    TestPacks.pack(dir, drl);

    assertThat(TestPacks.engine(dir).rules()).hasSize(1);
  }

  @Test
  void load_allowedJdkTypesQualifiedAndByName_loads() {
    String drl = TestPacks.SHARE_RULE.replace("then\n", String.join("\n", "then",
        "  java.util.List<String> names = new java.util.ArrayList<>(List.of(\"a\"));",
        "  java.time.LocalDate d = java.time.LocalDate.of(2026, 1, 1);",
        "  java.math.BigDecimal b = java.math.BigDecimal.valueOf(Math.max(1, StrictMath.abs(-2)));",
        "  Map.Entry<String, Integer> e = Map.entry(\"k\", Integer.valueOf(1));", ""));
    TestPacks.pack(dir, "import java.util.List;\nimport java.util.Map;\n" + drl);

    assertThat(TestPacks.engine(dir).rules()).hasSize(1);
  }

  private String writeHostile(String name) {
    try (InputStream in = RulePolicyTest.class.getResourceAsStream("/hostile/" + name + ".drl")) {
      String drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      TestPacks.write(dir, Map.of("thresholds.csv", TestPacks.SCORING_ROWS, "hostile/" + name + ".drl", drl));
      return dir.resolve("hostile/" + name + ".drl").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
