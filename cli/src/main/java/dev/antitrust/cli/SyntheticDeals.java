package dev.antitrust.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the deal sections of a synthetic case (agreements, pipelines, hardware, people) over the
 * companies and markets {@link SyntheticCase} has already written.
 */
final class SyntheticDeals {
  private static final String[] KINDS = {"merger", "acquisition", "acquisition", "minority-stake",
      "minority-stake", "joint-venture", "compute-supply", "compute-supply", "data-licence",
      "distribution", "r-and-d", "licence", "acqui-hire"};
  private static final String[] INFORMATION = {"usage-data", "capacity-plans", "pricing", "roadmap",
      "model-details", "customer-data", "financials", "model-outputs"};
  private static final String[] HARDWARE = {"gpu-cluster", "gpu-cluster", "gpu-cluster",
      "accelerator", "datacenter", "satellite", "launch-vehicle"};
  private static final String[] LOCATIONS = {"US", "US", "US", "CN", "AE", "SA", "GB", "DE", "SG", "IN", "MY"};

  /** A market written earlier: its id, the input it supplies (or null) and its named holders. */
  record MarketRef(String id, String input, List<String> holders) {}

  /** An agreement that creates a pipeline: who supplies what to whom. */
  private record Supply(String agreement, String supplier, String customer, String input) {}

  private final SplittableRandom random;
  private final JsonGenerator json;
  private final List<String> firms;
  private final List<MarketRef> markets;
  private final List<Supply> supplies = new ArrayList<>();

  SyntheticDeals(SplittableRandom random, JsonGenerator json, List<String> firms, List<MarketRef> markets) {
    this.random = random;
    this.json = json;
    this.firms = firms;
    this.markets = markets;
  }

  void write() throws IOException {
    json.writeArrayFieldStart("agreements");
    for (int i = 0, n = between(1, 4); i < n; i++) {
      writeAgreement(i);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("pipelines");
    for (int i = 0; i < supplies.size(); i++) {
      writePipeline(i, supplies.get(i));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("hardware");
    for (int i = 0, n = between(0, 2); i < n; i++) {
      writeHardware(i);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("people");
    for (int i = 0, n = between(0, 3); i < n; i++) {
      writePerson(i);
    }
    json.writeEndArray();
  }

  private void writeAgreement(int i) throws IOException {
    String kind = pick(KINDS);
    MarketRef market = markets.get(random.nextInt(markets.size()));
    // Mostly firms that meet in a market, so concentration and rivalry rules have work to do.
    List<String> pool = market.holders().size() >= 2 && chance(0.7) ? market.holders() : firms;
    String first = pool.get(random.nextInt(pool.size()));
    String second = pool.get(random.nextInt(pool.size()));
    while (second.equals(first)) {
      second = firms.get(random.nextInt(firms.size()));
    }
    String id = kind + "-" + (i + 1);
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeStringField("kind", kind);
    json.writeArrayFieldStart("parties");
    json.writeString(first);
    json.writeString(second);
    json.writeEndArray();
    json.writeArrayFieldStart("markets");
    json.writeString(market.id());
    json.writeEndArray();
    json.writeFieldName("value");
    // Log-uniform from $1m to $100bn, so that HSR's size-of-transaction tests fall both ways.
    json.writeNumber(between(100, 999) + "e" + between(4, 8));
    if (chance(0.8)) {
      json.writeNumberField("durationMonths", between(6, 120));
    }
    int stake = switch (kind) {
      case "merger" -> 100;
      case "acquisition" -> between(50, 100);
      case "minority-stake" -> between(1, 49);
      case "joint-venture" -> between(20, 60);
      default -> 0;
    };
    json.writeNumberField("equityStake", stake);
    if (stake > 0) {
      json.writeBooleanField("votingRights", chance(0.6));
      json.writeNumberField("boardSeats", between(0, 3));
      json.writeNumberField("observerSeats", between(0, 1));
      json.writeBooleanField("vetoRights", chance(0.2));
    }
    if (chance(0.4)) {
      json.writeArrayFieldStart("informationAccess");
      String a = pick(INFORMATION);
      String b = pick(INFORMATION);
      json.writeString(a);
      if (!b.equals(a)) {
        json.writeString(b);
      }
      json.writeEndArray();
      json.writeBooleanField("cleanTeam", chance(0.3));
    }
    if (kind.equals("compute-supply") && chance(0.5)) {
      json.writeFieldName("committedSpend");
      json.writeNumber(between(100, 999) + "e" + between(5, 8));
      json.writeBooleanField("revenueShare", chance(0.3));
    }
    json.writeEndObject();
    String input = switch (kind) {
      case "compute-supply" -> "compute";
      case "data-licence" -> "data";
      case "distribution" -> "distribution";
      case "licence" -> "ip";
      default -> null;
    };
    if (input != null) {
      supplies.add(new Supply(id, first, second, input));
    }
  }

  private void writePipeline(int i, Supply supply) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", "pipeline-" + (i + 1));
    json.writeStringField("agreement", supply.agreement());
    json.writeStringField("supplier", supply.supplier());
    json.writeStringField("customer", supply.customer());
    json.writeStringField("input", supply.input());
    for (MarketRef m : markets) {
      if (supply.input().equals(m.input())) {
        json.writeStringField("inputMarket", m.id());
        break;
      }
    }
    json.writeBooleanField("exclusive", chance(0.5));
    json.writeNumberField("shareOfSupplierCapacity", between(0, 1000) / 10.0);
    // 0% to 60%, across the 30% grey zone and the 40% liability line.
    json.writeNumberField("marketForeclosed", between(0, 600) / 10.0);
    if (chance(0.15)) {
      json.writeBooleanField("indefinite", true);
    } else {
      json.writeNumberField("durationMonths", between(6, 120));
    }
    json.writeEndObject();
  }

  private void writeHardware(int i) throws IOException {
    String kind = pick(HARDWARE);
    json.writeStartObject();
    json.writeStringField("id", kind + "-" + (i + 1));
    json.writeStringField("owner", firms.get(random.nextInt(firms.size())));
    json.writeStringField("kind", kind);
    if (kind.equals("gpu-cluster") || kind.equals("accelerator")) {
      Vocabulary.Chip chip = Vocabulary.chip(random);
      json.writeNumberField("units", 1000L * between(1, 300));
      json.writeStringField("chip", chip.name());
      json.writeNumberField("tppPerUnit", chip.tpp());
      json.writeNumberField("performanceDensity", chip.density());
      json.writeNumberField("powerMw", between(1, 500));
    } else {
      json.writeNumberField("units", between(1, 60));
    }
    json.writeArrayFieldStart("locations");
    json.writeString(pick(LOCATIONS));
    json.writeEndArray();
    if (chance(0.5)) {
      json.writeArrayFieldStart("accessibleBy");
      json.writeString(firms.get(random.nextInt(firms.size())));
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** A person on one to three boards: interlocks when two of the companies compete. */
  private void writePerson(int i) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", "person-" + (i + 1));
    json.writeArrayFieldStart("roles");
    int start = random.nextInt(firms.size());
    for (int k = 0, n = Math.min(between(1, 3), firms.size()); k < n; k++) {
      json.writeStartObject();
      json.writeStringField("company", firms.get((start + k) % firms.size()));
      json.writeStringField("role", pick("director", "director", "director", "officer", "observer"));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
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
