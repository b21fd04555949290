package dev.antitrust.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one made-up but plausible case as a single line of JSON, every choice drawn from one
 * random stream, so that a seed always gives the same bytes. The figures aim at the rules' edges
 * (HHI bands, foreclosure at 30% and 40%, TPP at 4,800 and 1,600, HSR values) so that a corpus
 * raises every kind of concern and many cases raise none.
 */
final class SyntheticCase {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
  private static final int DAYS = 730; // 2025 and 2026, across both HSR threshold revisions
  private static final String[] COUNTRIES =
      {"US", "US", "US", "US", "GB", "DE", "FR", "NL", "IE", "JP", "KR", "CN", "CN", "AE", "SG", "IL", "CA"};
  private static final String[] SECTORS = {"ai", "advanced-compute", "satellites", "launch",
      "semiconductors", "cloud", "telecoms", "energy", "defence", "data-infrastructure"};

  private final SplittableRandom random;
  private final JsonGenerator json;
  private final List<Firm> firms = new ArrayList<>();
  private final List<MarketSketch> markets = new ArrayList<>();

  /** A company as far as later sections need it. */
  private record Firm(String id, String name) {}

  /** A market as far as agreements and pipelines need it. */
  private record MarketSketch(String id, String input, List<Firm> holders) {}

  private SyntheticCase(SplittableRandom random, JsonGenerator json) {
    this.random = random;
    this.json = json;
  }

  /** One case as a line of JSON without a line break; {@code id} must be unique in the corpus. */
  static String write(SplittableRandom random, String id, long seed) {
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      new SyntheticCase(random, json).writeCase(id, seed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a StringWriter", e); // cannot happen
    }
    return text.toString();
  }

  private void writeCase(String id, long seed) throws IOException {
    int companies = between(6, 12);
    for (int i = 0; i < companies; i++) {
      String name = Vocabulary.companyName(random);
      firms.add(new Firm(Vocabulary.slug(name) + "-" + (i + 1), name));
    }
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeStringField("id", id);
    json.writeStringField("title", firms.get(0).name() + " / " + firms.get(1).name());
    json.writeStringField("asOf", FIRST_DAY.plusDays(random.nextInt(DAYS)).toString());
    if (chance(0.6)) {
      json.writeArrayFieldStart("jurisdictions");
      for (String j : new String[] {"US", "EU", "UK"}) {
        if (chance(0.7)) {
          json.writeString(j);
        }
      }
      json.writeEndArray();
    }
    json.writeStringField("currency", pick("USD", "USD", "USD", "USD", "EUR", "GBP"));
    json.writeArrayFieldStart("companies");
    for (int i = 0; i < firms.size(); i++) {
      writeCompany(i);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("markets");
    for (int i = 0, n = between(1, 3); i < n; i++) {
      writeMarket(i);
    }
    json.writeEndArray();
    new SyntheticDeals(random, json, firms.stream().map(Firm::id).toList(),
        markets.stream().map(m -> new SyntheticDeals.MarketRef(m.id(), m.input(),
            m.holders().stream().map(Firm::id).toList())).toList()).write();
    json.writeStringField("notes", "Synthetic case from 'antitrust generate --seed " + seed
        + "': every figure is made up.");
    json.writeEndObject();
  }

  private void writeCompany(int i) throws IOException {
    Firm firm = firms.get(i);
    json.writeStartObject();
    json.writeStringField("id", firm.id());
    json.writeStringField("name", firm.name());
    // An earlier company as parent: groups without loops.
    if (i > 1 && chance(0.15)) {
      json.writeStringField("parent", firms.get(random.nextInt(i)).id());
    }
    String hq = pick(COUNTRIES);
    json.writeStringField("hq", hq);
    int exponent = between(7, 11);
    json.writeObjectFieldStart("turnover");
    json.writeFieldName("worldwide");
    json.writeNumber(amount(exponent));
    for (String region : new String[] {"US", "EU", "UK"}) {
      if (chance(0.7)) {
        json.writeFieldName(region);
        json.writeNumber(amount(exponent - (region.equals("UK") ? 2 : 1)));
      }
    }
    json.writeEndObject();
    if (chance(0.3)) {
      json.writeFieldName("marketCap");
      json.writeNumber(amount(exponent + 1));
    }
    if ((hq.equals("CN") || hq.equals("AE")) && chance(0.4)) {
      json.writeNumberField("stateOwnership", between(10, 100));
    }
    if (chance(0.08)) {
      json.writeBooleanField("defenceContractor", true);
    }
    if (chance(0.2)) {
      json.writeFieldName("capital");
      json.writeNumber(amount(between(6, 10)));
    }
    if (chance(0.04)) {
      json.writeBooleanField("gatekeeper", true);
      json.writeNumberField("euMonthlyEndUsers", 1_000_000L * between(20, 300));
      json.writeNumberField("euYearlyBusinessUsers", 1_000L * between(5, 200));
    }
    if (chance(0.5)) {
      json.writeArrayFieldStart("sectors");
      String first = pick(SECTORS);
      json.writeString(first);
      String second = pick(SECTORS);
      if (!second.equals(first)) {
        json.writeString(second);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /**
   * A market whose structure runs from fragmented to monopoly. Shares are drawn in tenths of a
   * percent, scaled down when they overshoot, and the rest goes to the fringe ({@code others}).
   */
  private void writeMarket(int i) throws IOException {
    Vocabulary.MarketName name = Vocabulary.market(random);
    String id = Vocabulary.slug(name.name()) + "-" + (i + 1);
    int[] tenths = switch (random.nextInt(6)) {
      case 0 -> draws(between(6, 10), 20, 90);        // fragmented
      case 1 -> draws(between(4, 6), 80, 250);        // moderately concentrated
      case 2 -> draws(3, 200, 350);                   // concentrated
      case 3 -> draws(2, 350, 500);                   // duopoly
      case 4 -> leader(between(400, 650), between(2, 4)); // a dominant firm
      default -> leader(between(850, 1000), between(0, 1)); // near monopoly
    };
    int holders = Math.min(tenths.length, firms.size());
    List<Firm> shuffled = new ArrayList<>(firms);
    for (int k = shuffled.size() - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      shuffled.set(k, shuffled.set(j, shuffled.get(k)));
    }
    List<Firm> named = shuffled.subList(0, holders);
    long total = 0;
    for (int k = 0; k < holders; k++) {
      total += tenths[k];
    }
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeStringField("name", name.name());
    json.writeStringField("geography", pick("worldwide", "worldwide", "US", "EU", "UK"));
    if (name.input() != null) {
      json.writeStringField("input", name.input());
    }
    json.writeObjectFieldStart("shares");
    long sum = 0;
    for (int k = 0; k < holders; k++) {
      long share = total > 1000 ? tenths[k] * 1000L / total : tenths[k];
      sum += share;
      json.writeNumberField(named.get(k).id(), share / 10.0);
    }
    if (sum < 1000) {
      json.writeNumberField("others", (1000 - sum) / 10.0);
    }
    json.writeEndObject();
    json.writeEndObject();
    markets.add(new MarketSketch(id, name.input(), List.copyOf(named)));
  }

  private int[] draws(int n, int low, int high) {
    int[] tenths = new int[n];
    for (int k = 0; k < n; k++) {
      tenths[k] = between(low, high);
    }
    return tenths;
  }

  private int[] leader(int share, int followers) {
    int[] tenths = new int[followers + 1];
    tenths[0] = share;
    for (int k = 1; k <= followers; k++) {
      tenths[k] = between(20, Math.max(21, (1000 - share) / (followers + 1)));
    }
    return tenths;
  }

  /** An amount of three significant digits, as JSON text such as {@code 123e6}: exact and short. */
  private String amount(int exponent) {
    return between(100, 999) + "e" + (exponent - 2);
  }

  private int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }
}
