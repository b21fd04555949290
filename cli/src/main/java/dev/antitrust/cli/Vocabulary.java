package dev.antitrust.cli;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** Names for synthetic cases: companies, markets and chips that read like a real deal pipeline. */
final class Vocabulary {
  private static final String[] STEMS = {"Acme", "Nimbus", "Vertex", "Orion", "Helix", "Quanta",
      "Aurora", "Cobalt", "Lumen", "Atlas", "Zephyr", "Polaris", "Sable", "Kestrel", "Meridian",
      "Tessera", "Nova", "Argent", "Borealis", "Cinder", "Halcyon", "Ion", "Juniper", "Lattice"};
  private static final String[] SUFFIXES = {"Compute", "Labs", "AI", "Systems", "Cloud", "Networks",
      "Data", "Robotics", "Space", "Semiconductor", "Energy", "Dynamics"};

  // Compiled once: String.replaceAll compiles its pattern on every call, which was a quarter of
  // generate's CPU.
  private static final Pattern NOT_ID_CHARS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

  /** A market's display name and the input it supplies, or null for a final-product market. */
  record MarketName(String name, String input) {}

  private static final MarketName[] MARKETS = {
    new MarketName("frontier foundation-model APIs", null),
    new MarketName("enterprise AI assistants", null),
    new MarketName("AI coding tools", null),
    new MarketName("consumer chatbots", null),
    new MarketName("satellite broadband", null),
    new MarketName("frontier-scale AI compute", "compute"),
    new MarketName("GPU cloud capacity", "compute"),
    new MarketName("training-data licensing", "data"),
    new MarketName("app-store distribution", "distribution"),
    new MarketName("data-centre power", "energy"),
    new MarketName("commercial launch services", "launch"),
    new MarketName("AI accelerator chips", null),
  };

  /**
   * A chip and its total processing performance (ECCN 3A090). Illustrative figures, some on purpose
   * just below, at and above the 4,800 and 1,600 thresholds.
   */
  record Chip(String name, double tpp, double density) {}

  private static final Chip[] CHIPS = {
    new Chip("H100", 15832, 19.4),
    new Chip("H200", 15832, 19.4),
    new Chip("B200", 36000, 21.0),
    new Chip("A100", 4992, 6.0),
    new Chip("H20", 2368, 2.9),
    new Chip("L40S", 5800, 9.5),
    new Chip("MI300X", 20900, 11.5),
    new Chip("edge-4799", 4799, 5.91),
    new Chip("edge-4800", 4800, 5.92),
    new Chip("edge-1600", 1600, 5.92),
    new Chip("edge-1599", 1599, 5.93),
    new Chip("inference-x1", 1200, 3.0),
  };

  private Vocabulary() {}

  static String companyName(SplittableRandom random) {
    return STEMS[random.nextInt(STEMS.length)] + " " + SUFFIXES[random.nextInt(SUFFIXES.length)];
  }

  static MarketName market(SplittableRandom random) {
    return MARKETS[random.nextInt(MARKETS.length)];
  }

  static Chip chip(SplittableRandom random) {
    return CHIPS[random.nextInt(CHIPS.length)];
  }

  /** A name as an id: {@code Nimbus AI} becomes {@code nimbus-ai}. */
  static String slug(String name) {
    String dashed = NOT_ID_CHARS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGE_DASHES.matcher(dashed).replaceAll("");
  }
}
