package dev.antitrust.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Category;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcernComparisonTest {

  private static Concern concern(Severity severity, String finding, double deltaHhi) {
    return new Concern(1, 72.0, "US-MG23-G1-HHI", "title", Category.CONCENTRATION, "US", severity, finding, "citation",
        List.of("the-deal", "widgets"), Map.of("deltaHhi", deltaHhi), Map.of("us.mg2023.delta-hhi", 100.0));
  }

  @Test
  void differences_sameConcerns_none() {
    Concern c = concern(Severity.HIGH, "post-merger HHI 1,856", 120.0);

    assertThat(ConcernComparison.differences("case", List.of(c), List.of(c))).isEmpty();
  }

  @Test
  void differences_figureOffInTheLastBits_tolerated() {
    assertThat(ConcernComparison.differences("case", List.of(concern(Severity.HIGH, "f", 0.1 + 0.2)),
        List.of(concern(Severity.HIGH, "f", 0.3)))).isEmpty();
  }

  @Test
  void differences_evidenceSeverityAndSentenceDiffer_eachReported() {
    List<String> differences = ConcernComparison.differences("case",
        List.of(concern(Severity.HIGH, "ΔHHI 120", 120.0)), List.of(concern(Severity.MEDIUM, "ΔHHI 121", 121.0)));

    assertThat(differences).hasSize(3)
        .anyMatch(d -> d.contains("severity HIGH (engine) vs MEDIUM (hand-written)"))
        .anyMatch(d -> d.contains("finding ΔHHI 120 (engine) vs ΔHHI 121 (hand-written)"))
        .anyMatch(d -> d.contains("evidence deltaHhi 120.0 (engine) vs 121.0 (hand-written)"));
  }

  @Test
  void differences_concernOnOneSideOnly_reportedWithTheSide() {
    Concern c = concern(Severity.HIGH, "f", 120.0);

    assertThat(ConcernComparison.differences("case", List.of(c), List.of()))
        .containsExactly("case US-MG23-G1-HHI the-deal,widgets: only the engine raises it: f");
  }
}
