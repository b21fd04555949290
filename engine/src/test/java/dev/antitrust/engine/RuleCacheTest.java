package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled rule modules kept in a cache folder: same results, one module per package, self-healing. */
class RuleCacheTest {
  @TempDir Path rules;
  @TempDir Path cache;

  private static final String OTHER_PACKAGE = String.join("\n",
      "package test.other;",
      "import dev.antitrust.model.*;",
      "rule \"small share\"",
      "  @id(\"T-SMALL\") @title(\"Small share\") @category(\"dominance\")",
      "  @jurisdiction(\"US\") @severity(\"low\") @citation(\"Test Act §4\")",
      "when",
      "  $s : MarketShare( share < 10 )",
      "then",
      "  insert(Finding.of(\"%s holds only %.1f%%\", $s.company(), $s.share()).about($s.company()));",
      "end",
      "");

  private final Case theCase = TestPacks.market("2025-06-01", 35, 5);

  @Test
  void cachedPack_givesWhatTheCompiledPackGives_andLoadsFromTheCacheAfterwards() throws IOException {
    Path pack = TestPacks.write(rules, Map.of("thresholds.csv", TestPacks.SCORING_ROWS,
        "test/rules.drl", TestPacks.HEADER + TestPacks.SHARE_RULE, "other/rules.drl", OTHER_PACKAGE));
    var inMemory = TestPacks.engine(pack).assess(theCase);

    var first = cachedEngine(pack).assess(theCase);
    List<Path> modules = files(".jar");
    assertThat(modules).hasSize(2); // one module per DRL package
    FileTime written = Files.getLastModifiedTime(modules.get(0));
    var second = cachedEngine(pack).assess(theCase);

    assertThat(first).isEqualTo(inMemory);
    assertThat(second).isEqualTo(inMemory);
    assertThat(first.concerns()).extracting(c -> c.ruleId()).containsExactlyInAnyOrder("T-SHARE", "T-SMALL");
    assertThat(files(".jar")).isEqualTo(modules);
    assertThat(Files.getLastModifiedTime(modules.get(0))).isEqualTo(written);
  }

  @Test
  void editOfOnePackage_compilesOnlyThatPackage() throws IOException {
    Path pack = TestPacks.write(rules, Map.of("thresholds.csv", TestPacks.SCORING_ROWS,
        "test/rules.drl", TestPacks.HEADER + TestPacks.SHARE_RULE, "other/rules.drl", OTHER_PACKAGE));
    cachedEngine(pack);
    Files.writeString(pack.resolve("other/rules.drl"), OTHER_PACKAGE.replace("share < 10", "share < 6"));

    var edited = cachedEngine(pack).assess(TestPacks.market("2025-06-01", 35, 7));

    assertThat(files(".jar")).hasSize(3);
    assertThat(edited.concerns()).extracting(c -> c.ruleId()).containsExactly("T-SHARE");
  }

  @Test
  void damagedModule_isCompiledAgain() throws IOException {
    Path pack = TestPacks.pack(rules, TestPacks.SHARE_RULE);
    var expected = cachedEngine(pack).assess(theCase);
    Path module = files(".jar").get(0);
    Files.write(module, new byte[] {'P', 'K', 0, 0, 1, 2, 3});

    assertThat(cachedEngine(pack).assess(theCase)).isEqualTo(expected);
    assertThat(Files.size(module)).isGreaterThan(100);
  }

  @Test
  void packageTheExecutableModelCannotCompile_runsCompiledInMemory_andIsNotTriedAgain() throws IOException {
    // The executable model types a collectSet result as Object, so size() does not compile there;
    // the classic compiler takes it.
    String collected = String.join("\n",
        "rule \"two firms\"",
        "  @id(\"T-TWO\") @title(\"Two firms\") @category(\"concentration\")",
        "  @jurisdiction(\"US\") @severity(\"low\") @citation(\"Test Act §5\")",
        "when",
        "  Market( $m : id )",
        "  accumulate( MarketShare( market == $m, $c : company ); $firms : collectSet( $c ); $firms.size() > 1 )",
        "then",
        "  insert(Finding.of(\"%d firms in %s\", $firms.size(), $m).about($m));",
        "end",
        "");
    Path pack = TestPacks.pack(rules, collected);

    assertThat(cachedEngine(pack).assess(theCase).concerns()).extracting(c -> c.ruleId()).containsExactly("T-TWO");
    assertThat(files(".classic")).hasSize(1);
    assertThat(files(".jar")).isEmpty();
    assertThat(cachedEngine(pack).assess(theCase).concerns()).extracting(c -> c.ruleId()).containsExactly("T-TWO");
  }

  @Test
  void accumulateCollectingAnEarlierPatternsVariable_runsCompiledInMemory_withTheRightValues() throws IOException {
    // The executable model compiles this, then collects network tuples instead of company ids.
    String earlier = String.join("\n",
        "rule \"firms with a share\"",
        "  @id(\"T-FIRMS\") @title(\"Firms with a share\") @category(\"concentration\")",
        "  @jurisdiction(\"US\") @severity(\"low\") @citation(\"Test Act §6\")",
        "when",
        "  Market( $m : id )",
        "  accumulate( Company( $c : id ) and MarketShare( market == $m, company == $c, share > 0 );",
        "              $firms : collectSet( $c ) )",
        "then",
        "  insert(Finding.of(\"%s in %s\", String.join(\", \", new java.util.TreeSet<String>($firms)), $m).about($m));",
        "end",
        "");
    Path pack = TestPacks.pack(rules, earlier);

    assertThat(cachedEngine(pack).assess(theCase).concerns()).extracting(c -> c.finding()).containsExactly("a, b in m");
    assertThat(files(".jar")).isEmpty();
    assertThat(files(".classic")).singleElement().satisfies(mark -> assertThat(Files.readString(mark))
        .contains("rule \"firms with a share\" accumulates $c in collectSet( $c )"));
  }

  @Test
  void accumulateFunctionReadingAVariableBoundOutside_runsCompiledInMemory_withTheRightValues() throws IOException {
    // The executable model compiles this, then hands sum() the MarketShare instead of the number.
    String outside = String.join("\n",
        "rule \"named shares\"",
        "  @id(\"T-NAMED\") @title(\"Named shares\") @category(\"concentration\")",
        "  @jurisdiction(\"US\") @severity(\"low\") @citation(\"Test Act §7\")",
        "when",
        "  $market : Market( $m : id )",
        "  accumulate( $s : MarketShare( market == $m ); $total : sum( $market.shares().getOrDefault($s.company(), 0.0) ) )",
        "then",
        "  insert(Finding.of(\"%.1f%% named in %s\", $total, $m).about($m));",
        "end",
        "");
    Path pack = TestPacks.pack(rules, outside);

    assertThat(cachedEngine(pack).assess(theCase).concerns()).extracting(c -> c.finding())
        .containsExactly("40.0% named in m");
    assertThat(files(".jar")).isEmpty();
    assertThat(files(".classic")).singleElement().satisfies(mark -> assertThat(Files.readString(mark))
        .contains("rule \"named shares\" accumulates $market, bound outside the accumulate, in sum("));
  }

  private RiskEngine cachedEngine(Path pack) {
    return RiskEngine.builder().withoutBuiltInRules().rules(pack).ruleCache(cache).build();
  }

  private List<Path> files(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
