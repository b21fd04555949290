package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.Market;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code antitrust generate}: determinism, validity and variety of the corpus, and its damage. */
class GenerateCommandTest {
  @TempDir
  Path temp;

  private static List<Case> read(List<String> lines) {
    return IntStream.range(0, lines.size())
        .mapToObj(i -> CaseReader.readJson("corpus.jsonl", i + 1, lines.get(i))).toList();
  }

  @Test
  void generate_sameSeed_byteIdenticalAndAnotherSeedDiffers() {
    Invocation first = Invocation.of("generate", "--cases", "200", "--seed", "7", "--corrupt", "5");
    Invocation again = Invocation.of("generate", "--cases", "200", "--seed", "7", "--corrupt", "5");
    Invocation other = Invocation.of("generate", "--cases", "200", "--seed", "8", "--corrupt", "5");

    assertThat(first.exitCode()).as("%s", first).isZero();
    assertThat(first.outLines()).hasSize(200);
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.out()).isNotEqualTo(first.out());
    assertThat(first.err()).isEqualTo("generated 200 cases, 10 of them damaged" + System.lineSeparator());
  }

  @Test
  void generate_noCorruption_everyLineIsAValidCaseOfAboutThirtyFacts() {
    Invocation run = Invocation.of("generate", "--cases", "500", "--seed", "3");

    List<Case> cases = read(run.outLines());
    double facts = cases.stream().mapToInt(c -> c.facts().size()).average().orElseThrow();
    assertThat(facts).isBetween(22.0, 40.0);
    assertThat(cases.stream().map(Case::id).distinct().count()).isEqualTo(500);
  }

  @Test
  void generate_manyCases_coverTheStructuresAndDealsTheRulesLookFor() {
    List<Case> cases = read(Invocation.of("generate", "--cases", "500", "--seed", "11").outLines());

    List<Market> markets = cases.stream().flatMap(c -> c.markets().stream()).toList();
    assertThat(markets).anyMatch(m -> largest(m) >= 85).anyMatch(m -> largest(m) < 10)
        .anyMatch(m -> largest(m) >= 40 && largest(m) < 65);
    Set<AgreementKind> kinds = cases.stream().flatMap(c -> c.agreements().stream())
        .map(Agreement::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(AgreementKind.class)));
    assertThat(kinds).contains(AgreementKind.MERGER, AgreementKind.ACQUISITION,
        AgreementKind.MINORITY_STAKE, AgreementKind.COMPUTE_SUPPLY, AgreementKind.DATA_LICENCE);
    assertThat(cases).anyMatch(c -> c.pipelines().stream().anyMatch(p -> p.exclusive() && p.marketForeclosed() >= 40));
    Set<Double> tpp = cases.stream().flatMap(c -> c.hardware().stream()).map(HardwareAsset::tppPerUnit)
        .filter(t -> t != null).collect(Collectors.toSet());
    assertThat(tpp).contains(4799.0, 4800.0, 1599.0, 1600.0, 15832.0);
    assertThat(cases).anyMatch(c -> c.people().stream().anyMatch(p -> p.roles().size() > 1));
    assertThat(cases.stream().map(c -> c.asOf().getYear()).distinct()).containsExactlyInAnyOrder(2025, 2026);
  }

  private static double largest(Market m) {
    return m.shares().entrySet().stream().filter(e -> !e.getKey().equals(Market.FRINGE))
        .mapToDouble(e -> e.getValue()).max().orElse(0);
  }

  @Test
  void generate_corrupt_damagesExactlyThatShareAndOnlyThoseLinesFail() {
    List<String> clean = Invocation.of("generate", "--cases", "1000", "--seed", "5").outLines();
    // String.lines() keeps empty lines in the middle, so damaged lines stay aligned with clean ones.
    List<String> damaged =
        Invocation.of("generate", "--cases", "1000", "--seed", "5", "--corrupt", "10").outLines();

    assertThat(damaged).hasSize(1000);
    int changed = 0;
    for (int i = 0; i < 1000; i++) {
      int line = i + 1;
      if (damaged.get(i).equals(clean.get(i))) {
        CaseReader.readJson("corpus.jsonl", line, damaged.get(i));
      } else {
        changed++;
        String text = damaged.get(i);
        assertThatThrownBy(() -> CaseReader.readJson("corpus.jsonl", line, text))
            .as("line %d: %s", line, text).isInstanceOf(CaseFileException.class);
      }
    }
    assertThat(changed).isEqualTo(100);
  }

  @ParameterizedTest
  @EnumSource(LineCorruptor.Damage.class)
  void damage_eachKind_makesAValidLineUnreadable(LineCorruptor.Damage damage) {
    String line = Invocation.of("generate", "--cases", "1", "--seed", "2").outLines().get(0);
    CaseReader.readJson("corpus.jsonl", 1, line);

    String damaged = LineCorruptor.damage(line, damage, line.length() / 3);

    assertThat(damaged).isNotEqualTo(line);
    assertThatThrownBy(() -> CaseReader.readJson("corpus.jsonl", 1, damaged))
        .isInstanceOf(CaseFileException.class);
  }

  @Test
  void generate_out_writesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Path file = temp.resolve("corpus.jsonl");

    Invocation run = Invocation.of("generate", "--cases", "20", "--seed", "4", "--out", file.toString());

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file))
        .isEqualTo(Invocation.of("generate", "--cases", "20", "--seed", "4").out());
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void generate_corruptOver100_isAUsageError() {
    Invocation run = Invocation.of("generate", "--cases", "5", "--corrupt", "101");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.errLines()).first().asString()
        .isEqualTo("Invalid value for option '--corrupt': must be from 0 to 100, got 101.0");
  }
}
