package dev.antitrust.engine.casefile;

import java.util.Locale;

/**
 * The limits a case file must keep, all in one place: each is far above what a real case needs and
 * far below what would let one input exhaust memory or stall a batch. An input beyond a limit is
 * refused with one located problem that names the limit and the value found. SECURITY.md lists them.
 */
public final class CaseLimits {
  /** The largest case file or JSON Lines line, in bytes of UTF-8 (16 MiB), checked before parsing. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /**
   * The longest line of a YAML case file, in characters (256 Ki). SnakeYAML copies its buffer for
   * every kilobyte of a token, so one 16 MiB line takes over a minute where 16 MiB of short lines
   * takes a moment; no hand-written file has such a line. JSON has no such limit.
   */
  public static final int MAX_YAML_LINE = 256 * 1024;

  /** The deepest nesting of lists and mappings; a case nests five levels (people, roles, a role). */
  public static final int MAX_DEPTH = 32;

  /** The longest text value, in characters (1 Mi): room for long notes, not for a payload. */
  public static final int MAX_TEXT_CHARS = 1024 * 1024;

  /** The longest field name or mapping key (a company id in {@code shares}), in characters. */
  public static final int MAX_NAME_CHARS = 1024;

  /** The longest number as written, in characters; a longer one only makes parsing slow. */
  public static final int MAX_NUMBER_CHARS = 100;

  /** The most entries in one list or mapping: companies, markets, shares of a market, parties... */
  public static final int MAX_ENTRIES = 1_000;

  /**
   * The most entries in all the lists and mappings of a case together, the fields of each record
   * included: bounds the facts one case puts into the rule engine.
   */
  public static final int MAX_TOTAL_ENTRIES = 100_000;

  /** SnakeYAML's limit on aliases of collections ("billion laughs"); aliases are refused anyway. */
  public static final int MAX_YAML_ALIASES = 50;

  private CaseLimits() {}

  /** A count as messages write it: {@code 16,777,216}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
