package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Market;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of assessments that must hold for any input, checked on generated cases. */
class AssessmentPropertiesTest {
  private static final String SAMPLE_TEXT = sampleText();

  /** a and b merge; c is a large rival and d a small one. Shares in percent. */
  private static Case merger(int a, int b, int c, int d) {
    return TestCases.newCase("p").market("m", "a", a, "b", b, "c", c, "d", d)
        .agreement("deal", AgreementKind.MERGER, List.of("a", "b"), List.of("m")).build();
  }

  private static Concern hhiConcern(Assessment a) {
    return a.concerns().stream().filter(c -> c.ruleId().equals("US-MG23-G1-HHI")).findFirst()
        .orElseThrow(() -> new AssertionError("US-MG23-G1-HHI did not fire"));
  }

  @Property(tries = 40)
  void deltaHhi_isTwiceTheProductOfThePartiesShares(
      @ForAll @IntRange(min = 10, max = 20) int a, @ForAll @IntRange(min = 10, max = 20) int b,
      @ForAll @IntRange(min = 45, max = 50) int c, @ForAll @IntRange(min = 0, max = 5) int d) {
    // c ≥ 45 makes the HHI exceed 1,800 and a, b ≥ 10 make ΔHHI ≥ 200, so the HHI presumption fires;
    // the shares add up to at most 95%.
    Concern concern = hhiConcern(BuiltInPack.assess(merger(a, b, c, d)));
    assertThat(concern.evidence().get("deltaHhi")).isCloseTo(2.0 * a * b, within(1e-6));
    assertThat(concern.evidence().get("postHhi"))
        .isCloseTo((double) (a + b) * (a + b) + c * c + d * d, within(1e-6));
  }

  @Property(tries = 25)
  void addingACompanyWithNoShare_changesNoHhi(
      @ForAll @IntRange(min = 10, max = 25) int a, @ForAll @IntRange(min = 10, max = 25) int b,
      @ForAll @IntRange(min = 45, max = 50) int c) {
    Case base = merger(a, b, c, 0);
    Map<String, Double> shares = new LinkedHashMap<>(base.markets().get(0).shares());
    shares.put("zero", 0.0);
    List<Company> companies = new ArrayList<>(base.companies());
    companies.add(Company.named("zero"));
    Case withZero = new Case(1, base.id(), base.title(), base.asOf(), base.jurisdictions(), base.currency(),
        base.fx(), companies, List.of(new Market("m", "m", "worldwide", shares, null)), base.agreements(),
        base.pipelines(), base.hardware(), base.people(), base.notes());
    Concern before = hhiConcern(BuiltInPack.assess(base));
    Concern after = hhiConcern(BuiltInPack.assess(withZero));
    assertThat(after.evidence()).isEqualTo(before.evidence());
  }

  @Property(tries = 15)
  void orderOfCompaniesAgreementsAndPipelines_doesNotChangeTheAssessment(@ForAll long seed) {
    Case sample = BundledCaseTest.sample();
    Random random = new Random(seed);
    Case shuffled = new Case(1, sample.id(), sample.title(), sample.asOf(), sample.jurisdictions(),
        sample.currency(), sample.fx(), shuffle(sample.companies(), random), shuffle(sample.markets(), random),
        shuffle(sample.agreements(), random), shuffle(sample.pipelines(), random), sample.hardware(),
        sample.people(), sample.notes());
    assertThat(BuiltInPack.assess(shuffled)).isEqualTo(BuiltInPack.assess(sample));
  }

  @Property(tries = 500)
  void mutatedCaseFile_givesAResultOrLocatedProblems(@ForAll long seed) {
    String mutated = mutate(SAMPLE_TEXT, new Random(seed));
    Case c;
    try {
      c = CaseReader.read("mutated.yaml", mutated);
    } catch (CaseFileException e) {
      assertThat(e.problems()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.source()).isEqualTo("mutated.yaml"))
          .allSatisfy(p -> assertThat(p.message()).isNotBlank());
      return;
    }
    assertThat(BuiltInPack.assess(c).caseId()).isEqualTo(c.id());
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Deletes a line, duplicates one, or replaces a character, so reading is stressed everywhere. */
  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = random.nextInt(lines.size());
    switch (random.nextInt(3)) {
      case 0 -> lines.remove(i);
      case 1 -> lines.add(i, lines.get(i));
      default -> {
        String line = lines.get(i);
        if (!line.isEmpty()) {
          int at = random.nextInt(line.length());
          char replacement = " :-[]{}#,x0'\"".charAt(random.nextInt(13));
          lines.set(i, line.substring(0, at) + replacement + line.substring(at + 1));
        }
      }
    }
    return String.join("\n", lines);
  }

  private static String sampleText() {
    try (InputStream in = AssessmentPropertiesTest.class.getClassLoader().getResourceAsStream(BundledCaseTest.SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
