package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack ships precompiled to the executable model, which is what every run uses; the
 * classic compiler is the reference. Both must give the same assessments, concern for concern, on a
 * corpus varied enough to fire most of the pack. This is the test that catches DRL the executable
 * model compiles but runs differently (see ExecutableModelLimits).
 */
class ExecutableModelEquivalenceTest {
  private static final int CASES = 1_500;

  @Test
  void precompiledPack_givesTheClassicCompilersConcerns_onAGeneratedCorpus() {
    RiskEngine precompiled = RiskEngine.builder().build();
    RiskEngine classic = RiskEngine.builder().classicCompiler().build();
    assertThat(precompiled.rulePack().sha256()).isEqualTo(classic.rulePack().sha256());

    SplittableRandom seeds = new SplittableRandom(20261125);
    TreeSet<String> fired = new TreeSet<>();
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String id = "eq-" + i;
      Case c = CaseReader.readJson("corpus.jsonl", i + 1, SyntheticCase.write(seeds.split(), id, 20261125));
      Assessment expected = classic.assess(c);
      Assessment actual = precompiled.assess(c);
      expected.concerns().stream().map(Concern::ruleId).forEach(fired::add);
      if (!actual.concerns().equals(expected.concerns())) {
        differences.add(id + ": classic " + ids(expected) + ", precompiled " + ids(actual));
      }
    }
    assertThat(differences).as("cases where the two compilers disagree").isEmpty();
    // The comparison means something only if the corpus reaches much of the pack.
    assertThat(fired).as("rules fired by the corpus").hasSizeGreaterThan(precompiled.rules().size() / 2);
  }

  private static List<String> ids(Assessment a) {
    return a.concerns().stream().map(c -> c.ruleId() + c.subjects()).toList();
  }
}
