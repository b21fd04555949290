package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Explanation.Derivation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engine computes explanations in Java, apart from the indicator rules; this checks on several
 * cases that every HHI, ΔHHI, combined, group and foreclosed share it derives equals the figure the
 * rules put in the concern's evidence, so the two definitions cannot drift apart unnoticed.
 */
class ExplanationMatchesRulesTest {
  /** Evidence name → the indicator that derives it. */
  private static final Map<String, String> DERIVED_BY = Map.of("preHhi", "HHI", "postHhi", "post-merger HHI",
      "deltaHhi", "ΔHHI", "combinedShare", "combined share", "foreclosedShare", "foreclosed share",
      "share", "group share");

  private static List<Case> cases() throws IOException {
    return List.of(
        // Three party groups, one with a subsidiary, odd decimals and a fringe.
        TestCases.newCase("three-way").company("p", null, 0).company("p-sub", "p", 0)
            .market("m", "p", 21.3, "p-sub", 7.9, "q", 17.4, "r", 9.6, "big", 30.0, "others", 13.8)
            .agreement("d", AgreementKind.MERGER, List.of("p-sub", "q", "r"), List.of("m")).build(),
        // A two-party acquisition in an EU market: ΔHHI just past 150 in the high band.
        TestCases.newCase("eu-pair").marketIn("EU", "m", "a", 41.0, "b", 1.9, "c", 35.0, "others", 22.1)
            .agreement("d", AgreementKind.ACQUISITION, List.of("a", "b"), List.of("m")).build(),
        // One group's two exclusive pipelines together past the 50% Guideline 5 figure.
        TestCases.newCase("foreclosure").company("s", null, 0).company("s-sub", "s", 0)
            .exclusivePipeline("p1", "s", "x", 30.0).exclusivePipeline("p2", "s-sub", "y", 20.1).build(),
        // A party's group past 50% through its subsidiary.
        TestCases.newCase("dominance").company("g", null, 0).company("g-sub", "g", 0)
            .market("m", "g", 38.5, "g-sub", 14.0, "h", 20.0)
            .agreement("lic", AgreementKind.LICENCE, List.of("g-sub", "h"), List.of("m")).build(),
        sample());
  }

  private static Case sample() throws IOException {
    try (InputStream in = ExplanationMatchesRulesTest.class.getClassLoader()
        .getResourceAsStream("dev/antitrust/samples/spacexai-anthropic-colossus.yaml")) {
      return CaseReader.read("sample.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void explainedFigures_severalCases_equalTheEvidenceTheRulesProduced() throws IOException {
    int compared = 0;
    for (Case c : cases()) {
      for (Concern concern : BuiltInPack.ENGINE.assess(c, true).concerns()) {
        for (Map.Entry<String, Double> figure : concern.evidence().entrySet()) {
          String indicator = DERIVED_BY.get(figure.getKey());
          if (indicator == null) {
            continue;
          }
          Optional<Derivation> derived = concern.explanation().indicators().stream()
              .filter(d -> d.indicator().equals(indicator))
              .filter(d -> !indicator.equals("group share") || d.subjects().get(0).equals(concern.subjects().get(0)))
              .findFirst();
          assertThat(derived).as("%s of %s in case %s: %s", indicator, concern.ruleId(), c.id(),
              concern.explanation().indicators()).isPresent();
          // The rules sum in the engine's order, Java in the case's: allow for float rounding only.
          assertThat(derived.get().value()).as("%s of %s in case %s", indicator, concern.ruleId(), c.id())
              .isCloseTo(figure.getValue(), within(1e-9));
          compared++;
        }
      }
    }
    assertThat(compared).as("figures compared").isGreaterThanOrEqualTo(15);
  }

  @Test
  void assess_withoutExplain_leavesExplanationsOut() throws IOException {
    assertThat(BuiltInPack.ENGINE.assess(sample()).concerns()).allSatisfy(c -> assertThat(c.explanation()).isNull());
  }
}
