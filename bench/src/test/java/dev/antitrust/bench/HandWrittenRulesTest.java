package dev.antitrust.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.RuleInfo;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written baseline must do what the engine does on the subset, or the throughput ratio
 * compares different work: same concerns on a generated corpus and on the bundled sample.
 */
class HandWrittenRulesTest {
  private static final int CASES = 300;

  @TempDir
  static Path temp;

  private static Path subset;
  private static RiskEngine engine;
  private static List<Case> cases;
  /** The engine's concerns for each case, in the order of {@code cases}. */
  private static List<List<Concern>> engineConcerns;

  @BeforeAll
  static void setUp() {
    subset = SubsetPack.write(temp.resolve("subset"));
    engine = SubsetPack.engine(subset);
    cases = new ArrayList<>(Corpus.generated(CASES, Corpus.DEFAULT_SEED));
    cases.add(Corpus.sample());
    cases.add(rareRules());
    engineConcerns = cases.stream().map(c -> engine.assess(c).concerns()).toList();
  }

  private static Case rareRules() {
    try (InputStream in = HandWrittenRulesTest.class.getResourceAsStream("rare-rules.yaml")) {
      return CaseReader.read("rare-rules.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void subsetPack_builtWithoutTheRestOfThePack_hasOnlyTheSubsetsConcernRules() {
    Set<String> ids = new TreeSet<>(engine.rules().stream().map(RuleInfo::id).toList());
    assertThat(ids).hasSize(32).contains("US-MG23-G1-HHI", "EU-A102-DOM-50", "US-EXCL-FORECLOSURE-40",
        "US-RIVAL-INFO-EXCHANGE", "US-EAR-3A090A").doesNotContain("US-HSR-SOT-ABOVE-CAP");
  }

  @Test
  void handWritten_generatedCorpusAndSample_sameConcernsAsTheEngine() {
    HandWrittenRules handWritten = new HandWrittenRules(subset, engine.rules());
    assertThat(differences(handWritten)).isEmpty();
  }

  @Test
  void corpusSampleAndRareRulesCase_runThroughTheEngine_fireEverySubsetRule() {
    Set<String> fired = new TreeSet<>();
    int concerns = 0;
    for (List<Concern> raised : engineConcerns) {
      concerns += raised.size();
      raised.forEach(x -> fired.add(x.ruleId()));
    }
    Set<String> silent = new TreeSet<>(engine.rules().stream().map(RuleInfo::id).toList());
    silent.removeAll(fired);
    assertThat(silent).isEmpty();
    assertThat(concerns).isGreaterThan(CASES);
  }

  @Test
  void comparison_handWrittenWithAnotherThreshold_reportsTheDifference() throws IOException {
    Path edited = temp.resolve("edited");
    Files.createDirectories(edited);
    Files.copy(subset.resolve("lists.csv"), edited.resolve("lists.csv"));
    String thresholds = Files.readString(subset.resolve("thresholds.csv"));
    String changed = thresholds.replace("us.mg2023.delta-hhi,100,", "us.mg2023.delta-hhi,150,");
    assertThat(changed).isNotEqualTo(thresholds);
    Files.writeString(edited.resolve("thresholds.csv"), changed);
    HandWrittenRules handWritten = new HandWrittenRules(edited, engine.rules());

    List<String> differences = differences(handWritten);

    assertThat(differences).isNotEmpty().anyMatch(d -> d.contains("US-MG23-G1-HHI") && d.contains("only the engine"));
  }

  private static List<String> differences(HandWrittenRules handWritten) {
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      differences.addAll(ConcernComparison.differences(c.id(), engineConcerns.get(i), handWritten.assess(c)));
    }
    return differences;
  }
}
