package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled SpaceX/xAI–Anthropic case ranks as a competition lawyer would. */
class BundledCaseTest {
  static final String SAMPLE = "dev/antitrust/samples/spacexai-anthropic-colossus.yaml";

  static Case sample() {
    try (InputStream in = BundledCaseTest.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      return CaseReader.read("spacexai-anthropic-colossus.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void bundledCase_raisesAtLeastFiveConcernsEachWithNumbers() {
    Assessment a = BuiltInPack.assess(sample());
    assertThat(a.concerns()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(a.concerns()).allSatisfy(c -> assertThat(c.finding()).containsPattern("\\d"));
  }

  @Test
  void bundledCase_informationExchangeThenRivalSupplyThenTheRestThenFiling() {
    // A lawyer names first the sensitive information flowing between rival model developers (the same
    // theory in each jurisdiction), then the exclusive compute taken from a rival; the HSR filing
    // for SpaceX/xAI and the export classification are procedure and context.
    List<String> ranked = BuiltInPack.ruleIds(sample());
    assertThat(ranked.subList(0, 3))
        .containsExactlyInAnyOrder("US-RIVAL-INFO-EXCHANGE", "EU-HG23-INFO-EXCHANGE", "UK-CA98-CH1-INFO-EXCHANGE");
    assertThat(ranked.get(3)).isEqualTo("US-RIVAL-EXCLUSIVE-INPUT");
    assertThat(ranked.indexOf("US-HSR-SOT-ABOVE-CAP")).isGreaterThan(ranked.indexOf("US-FTC6B-EXCLUSIVE-TERM"));
  }

  @Test
  void bundledCase_nonVotingStakesAreNotHsrReportable() {
    Assessment a = BuiltInPack.assess(sample());
    assertThat(a.concerns()).filteredOn(c -> c.ruleId().startsWith("US-HSR"))
        .extracting(c -> c.subjects().get(0)).containsExactly("spacex-xai-merger");
  }

  @Test
  void smallMergerInFragmentedMarket_raisesNothingAboveLow() {
    // Ten firms of 10%: HHI 1,000; merging two gives ΔHHI 200, post HHI 1,200 and 20% combined.
    TestCases fragmented = TestCases.newCase("fragmented");
    Object[] shares = new Object[20];
    for (int i = 0; i < 10; i++) {
      shares[2 * i] = "f" + i;
      shares[2 * i + 1] = 10;
    }
    Case c = fragmented.market("m", shares)
        .agreement("deal", AgreementKind.MERGER, List.of("f0", "f1"), List.of("m"), 50e6, true, List.of()).build();
    assertThat(BuiltInPack.assess(c).concerns()).extracting(Concern::severity)
        .allSatisfy(s -> assertThat(s.atLeast(Severity.MEDIUM)).isFalse());
  }
}
