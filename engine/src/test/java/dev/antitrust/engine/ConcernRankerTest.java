package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Category;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConcernRankerTest {

  private static Concern concern(double score, Severity severity, String jurisdiction, String ruleId, String... subjects) {
    return new Concern(0, score, ruleId, "title", Category.CONCENTRATION, jurisdiction, severity,
        "finding " + score, "citation", List.of(subjects), Map.of(), Map.of());
  }

  @Test
  void rank_ordersByScoreThenSeverityThenJurisdictionThenRuleThenSubjects() {
    List<Concern> input = List.of(
        concern(50, Severity.MEDIUM, "US", "B", "x"),
        concern(50, Severity.HIGH, "US", "A", "x"),
        concern(70, Severity.HIGH, "US", "C", "x"),
        concern(50, Severity.MEDIUM, "EU", "D", "x"),
        concern(50, Severity.MEDIUM, "US", "E", "y"),
        concern(50, Severity.MEDIUM, "US", "E", "x"));
    List<Concern> ranked = ConcernRanker.rank(input);
    assertThat(ranked).extracting(c -> c.ruleId() + "/" + c.jurisdiction() + "/" + c.subjects().get(0))
        .containsExactly("C/US/x", "A/US/x", "D/EU/x", "B/US/x", "E/US/x", "E/US/y");
    assertThat(ranked).extracting(Concern::rank).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void rank_anyInputOrder_sameResult() {
    List<Concern> input = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      input.add(concern(i % 7 * 10, Severity.values()[i % 5], i % 2 == 0 ? "US" : "EU", "R" + (i % 4), "s" + i));
    }
    List<Concern> expected = ConcernRanker.rank(input);
    Random random = new Random(42);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(input, random);
      assertThat(ConcernRanker.rank(input)).isEqualTo(expected);
    }
  }

  @Test
  void rank_sameRuleSameSubjects_mergedKeepingHigherScore() {
    List<Concern> ranked = ConcernRanker.rank(List.of(
        concern(50, Severity.MEDIUM, "US", "A", "x", "y"),
        concern(55, Severity.MEDIUM, "US", "A", "x", "y"),
        concern(50, Severity.MEDIUM, "US", "A", "y", "x")));
    assertThat(ranked).extracting(Concern::score).containsExactly(55.0, 50.0);
  }

  @Test
  void score_addsMarginPointsProRataAndCaps() {
    Scoring scoring = new Scoring(Map.of(Severity.HIGH, 70.0, Severity.CRITICAL, 95.0, Severity.LOW, 30.0),
        Map.of(Category.MERGER_FILING, -10.0), 10);
    assertThat(scoring.score(Severity.HIGH, Category.DOMINANCE, 0)).isEqualTo(70.0);
    assertThat(scoring.score(Severity.HIGH, Category.DOMINANCE, 0.25)).isEqualTo(72.5);
    assertThat(scoring.score(Severity.HIGH, Category.DOMINANCE, 3.0)).isEqualTo(80.0);
    assertThat(scoring.score(Severity.CRITICAL, Category.DOMINANCE, 1.0)).isEqualTo(100.0);
    // The filing adjustment: a low filing duty scores below any low substantive concern.
    assertThat(scoring.score(Severity.LOW, Category.MERGER_FILING, 0)).isEqualTo(20.0);
  }
}
