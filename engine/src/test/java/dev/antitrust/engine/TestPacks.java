package dev.antitrust.engine;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Market;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Writes small rule packs into a folder for tests, so each test shows the DRL it loads. */
final class TestPacks {
  static final String SCORING_ROWS = String.join("\n",
      "key,value,unit,jurisdiction,valid_from,valid_to,source",
      "score.weight.critical,90,points,ALL,,,test",
      "score.weight.high,70,points,ALL,,,test",
      "score.weight.medium,50,points,ALL,,,test",
      "score.weight.low,30,points,ALL,,,test",
      "score.weight.info,10,points,ALL,,,test",
      "score.margin.points,10,points,ALL,,,test",
      "fx.EUR,1.1,USD,ALL,,,test",
      "test.share,30,percent,US,,2025-12-31,test 2025",
      "test.share,40,percent,US,2026-01-01,,test 2026",
      "test.money,100,EUR,EU,,,test money",
      "");

  static final String HEADER = String.join("\n",
      "package test.rules;",
      "import dev.antitrust.model.*;",
      "");

  /** A concern rule that fires for every market share above the {@code test.share} threshold. */
  static final String SHARE_RULE = String.join("\n",
      "rule \"share above threshold\"",
      "  @id(\"T-SHARE\") @title(\"Share above threshold\") @category(\"dominance\")",
      "  @jurisdiction(\"US\") @severity(\"high\") @citation(\"Test Act §1\")",
      "when",
      "  $t : Threshold( key == \"test.share\" )",
      "  $s : MarketShare( share > $t.value )",
      "then",
      "  insert(Finding.of(\"%s holds %.1f%%\", $s.company(), $s.share()).about($s.company(), $s.market())",
      "      .crossed($t, $s.share()));",
      "end",
      "");

  private TestPacks() {}

  static Path write(Path dir, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = dir.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder with the scoring rows and one DRL file. */
  static Path pack(Path dir, String drl) {
    return write(dir, Map.of("thresholds.csv", SCORING_ROWS, "test/rules.drl", HEADER + drl));
  }

  static RiskEngine engine(Path dir) {
    return RiskEngine.builder().withoutBuiltInRules().rules(dir).build();
  }

  /** A case with one market where a holds {@code shareA} and b holds {@code shareB}. */
  static Case market(String date, double shareA, double shareB) {
    return new Case(1, "case-1", "Test case", LocalDate.parse(date), List.of(), "USD", Map.of(),
        List.of(Company.named("a"), Company.named("b")),
        List.of(new Market("m", "Market", "US", Map.of("a", shareA, "b", shareB), null)),
        List.of(Agreement.of("deal", AgreementKind.MERGER, List.of("a", "b"), List.of("m"))),
        List.of(), List.of(), List.of(), null);
  }
}
