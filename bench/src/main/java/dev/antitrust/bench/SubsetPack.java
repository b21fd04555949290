package dev.antitrust.bench;

import dev.antitrust.engine.RiskEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixed subset of the built-in rules that {@link HandWrittenRules} restates: concentration (US
 * 2023 and 2010 guidelines, EU horizontal guidelines), dominance (Art. 102, Sherman §2), foreclosure
 * (all three files), information exchange, and the EAR advanced-computing rules, with the indicator
 * files they read. Written out as a rule folder, so that an engine built from it alone ({@code
 * withoutBuiltInRules().rules(dir)}) runs exactly these rules and the comparison is like for like.
 */
final class SubsetPack {
  /** The pack files of the subset, as paths inside the pack. */
  static final List<String> FILES = List.of(
      "concentration/us-merger-guidelines.drl",
      "concentration/us-2010-horizontal-guidelines.drl",
      "concentration/eu-horizontal-guidelines.drl",
      "dominance/eu-article-102.drl",
      "dominance/us-sherman-act-2.drl",
      "foreclosure/exclusive-dealing.drl",
      "foreclosure/eu-vertical-block-exemption.drl",
      "foreclosure/rival-supply.drl",
      "coordination/information-exchange.drl",
      "export/ear-advanced-computing.drl",
      "indicators/groups.drl",
      "indicators/market-structure.drl",
      "indicators/relations.drl",
      "indicators/market-reach.drl",
      "indicators/national-security.drl",
      "thresholds.csv",
      "lists.csv");

  /**
   * national-security.drl also derives the CFIUS perimeter and TID bases, which no rule of the
   * subset reads; they are cut from here on, so the engine does not do work the hand-written code
   * skips. The export classes above this line stay.
   */
  static final String NATIONAL_SECURITY_CUT = "rule \"a business comprises itself\"";

  private SubsetPack() {}

  /**
   * Writes the subset into {@code dir} (which must be empty or absent), from the built-in pack as
   * {@link RiskEngine#exportBuiltInPack} writes it.
   */
  static Path write(Path dir) {
    try {
      Path all = Files.createTempDirectory("antitrust-pack-");
      try {
        RiskEngine.exportBuiltInPack(all, false);
        for (String file : FILES) {
          Path target = dir.resolve(file);
          Files.createDirectories(target.getParent());
          String text = Files.readString(all.resolve(file), StandardCharsets.UTF_8);
          if (file.equals("indicators/national-security.drl")) {
            int cut = text.indexOf(NATIONAL_SECURITY_CUT);
            if (cut < 0) {
              throw new IllegalStateException("indicators/national-security.drl no longer has the rule '"
                  + NATIONAL_SECURITY_CUT + "' where the subset cuts it: update SubsetPack");
            }
            text = text.substring(0, cut);
          }
          Files.writeString(target, text, StandardCharsets.UTF_8);
        }
      } finally {
        deleteTree(all);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the subset rule folder to " + dir, e);
    }
  }

  /** Writes the subset into a new temporary folder, deleted when the JVM exits. */
  static Path writeTemporary() {
    try {
      Path dir = Files.createTempDirectory("antitrust-subset-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      return write(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  /** An engine that runs the subset folder alone, without the rest of the built-in pack. */
  static RiskEngine engine(Path dir) {
    return RiskEngine.builder().withoutBuiltInRules().rules(dir).build();
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary folder left behind is not worth failing a benchmark for.
    }
  }
}
