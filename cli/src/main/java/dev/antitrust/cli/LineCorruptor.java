package dev.antitrust.cli;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages JSON Lines records the ways real feeds break, for reliability tests: each damaged line
 * must become exactly one error record in a batch, and every other line must still be assessed.
 */
final class LineCorruptor {
  /** The kinds of damage, each of which the case reader must reject. */
  enum Damage {
    TRUNCATED,
    UNKNOWN_FIELD,
    BAD_REFERENCE,
    SHARE_OVER_100,
    WRONG_TYPE,
    MISSING_AS_OF,
    EMPTY_LINE,
    NOT_JSON
  }

  private static final Pattern FIRST_SHARE = Pattern.compile("(\"shares\":\\{\"[^\"]+\":)[-0-9.eE+]+");
  private static final Pattern EQUITY_STAKE = Pattern.compile("(\"equityStake\":)[-0-9.eE+]+");
  private static final Pattern AS_OF = Pattern.compile("\"asOf\":\"[^\"]*\",");
  private static final Damage[] DAMAGES = Damage.values();

  private final SplittableRandom random;
  private long linesLeft;
  private long damagesLeft;

  /**
   * @param random where the choices come from; kept apart from the cases' own stream, so that
   *     damaging lines does not change the cases that stay whole
   * @param percent the share of lines to damage, 0 to 100
   * @param lines how many lines there will be
   */
  LineCorruptor(SplittableRandom random, double percent, long lines) {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be from 0 to 100, got " + percent);
    }
    this.random = random;
    this.linesLeft = lines;
    this.damagesLeft = damaged(lines, percent);
  }

  /**
   * How many of {@code lines} lines are damaged at {@code percent}: exactly that share, rounded to
   * the nearest line, so that a soak test knows how many error records to expect.
   */
  static long damaged(long lines, double percent) {
    return Math.round(lines * percent / 100);
  }

  /** The next line, as given or damaged; over all the lines, exactly {@link #damaged} are. */
  String maybeDamage(String line) {
    // Draw on every line, damaged or not, so that a line's draws depend only on the seed and its place.
    double roll = random.nextDouble();
    Damage damage = DAMAGES[random.nextInt(DAMAGES.length)];
    int cut = random.nextInt(Math.max(1, line.length() - 1)) + 1;
    // Selection sampling (Knuth, TAOCP 3.4.2, algorithm S): damage this line with the chance
    // damagesLeft / linesLeft, which picks exactly the wanted number, any set of lines as likely.
    boolean damaged = roll * linesLeft < damagesLeft;
    linesLeft--;
    if (!damaged) {
      return line;
    }
    damagesLeft--;
    return damage(line, damage, cut);
  }

  /** The line with that damage; {@code cut} (1 to length - 1) is where a truncation falls. */
  static String damage(String line, Damage damage, int cut) {
    return switch (damage) {
      case TRUNCATED -> line.substring(0, Math.min(cut, line.length() - 1));
      case UNKNOWN_FIELD -> "{\"titel\":\"misspelt\"," + line.substring(1);
      case BAD_REFERENCE -> line.replaceFirst("\"parties\":\\[\"", "\"parties\":[\"no-such-company\",\"");
      case SHARE_OVER_100 -> replaceFirst(FIRST_SHARE, line, "$1140.5");
      case WRONG_TYPE -> replaceFirst(EQUITY_STAKE, line, "$1\"about half\"");
      case MISSING_AS_OF -> replaceFirst(AS_OF, line, "");
      case EMPTY_LINE -> "";
      case NOT_JSON -> "id: " + line.length() + " # a YAML line where JSON was expected";
    };
  }

  private static String replaceFirst(Pattern pattern, String line, String replacement) {
    Matcher m = pattern.matcher(line);
    if (!m.find()) {
      // Every generated case has these fields; a line without one gets truncated instead.
      return line.substring(0, line.length() / 2);
    }
    return m.replaceFirst(replacement);
  }
}
