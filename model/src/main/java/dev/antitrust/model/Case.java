package dev.antitrust.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One deal or partnership to screen: the root of a case file.
 *
 * @param schemaVersion the case-file schema version; {@value #SCHEMA_VERSION} is the only one so far
 * @param id unique within a batch
 * @param title display title
 * @param asOf the date whose thresholds apply
 * @param jurisdictions jurisdictions to report on (e.g. US, EU, UK); empty means all
 * @param currency ISO 4217 code of every amount in the case
 * @param fx units of USD per unit of a currency, overriding the rule pack's defaults
 * @param notes what is reported and what is assumed
 */
public record Case(
    int schemaVersion,
    String id,
    String title,
    LocalDate asOf,
    List<String> jurisdictions,
    String currency,
    Map<String, Double> fx,
    List<Company> companies,
    List<Market> markets,
    List<Agreement> agreements,
    List<Pipeline> pipelines,
    List<HardwareAsset> hardware,
    List<Person> people,
    String notes) {

  /** The case-file schema version this model reads. */
  public static final int SCHEMA_VERSION = 1;

  public Case {
    if (schemaVersion != SCHEMA_VERSION) {
      throw new InvalidFactException(
          "schemaVersion", "must be " + SCHEMA_VERSION + ", got " + schemaVersion);
    }
    Require.id("id", id);
    title = title == null || title.isBlank() ? id : title;
    Require.present("asOf", asOf);
    jurisdictions = Require.list("jurisdictions", jurisdictions);
    currency = currency == null || currency.isBlank() ? "USD" : currency;
    if (!currency.matches("[A-Z]{3}")) {
      throw new InvalidFactException("currency", "must be a three-letter ISO 4217 code such as USD, got '" + currency + "'");
    }
    fx = Require.sortedAmounts("fx", fx, false);
    fx.forEach((unit, rate) -> {
      // A rate of 0 would make every amount in that currency vanish.
      if (rate == 0) {
        throw new InvalidFactException("fx." + unit, "must be more than 0, got 0");
      }
    });
    companies = Require.list("companies", companies);
    markets = Require.list("markets", markets);
    agreements = Require.list("agreements", agreements);
    pipelines = Require.list("pipelines", pipelines);
    hardware = Require.list("hardware", hardware);
    people = Require.list("people", people);
  }

  /** The same case assessed as of another date. */
  public Case withAsOf(LocalDate date) {
    return new Case(schemaVersion, id, title, date, jurisdictions, currency, fx, companies, markets,
        agreements, pipelines, hardware, people, notes);
  }

  /** True when the case reports on that jurisdiction: it is listed, or the list is empty. */
  public boolean covers(String jurisdiction) {
    return jurisdictions.isEmpty() || jurisdictions.contains(jurisdiction);
  }

  /**
   * Every fact the rules match, in file order: the records themselves plus one {@link MarketShare}
   * per named share and one {@link Position} per role. Equal facts appear once (a role listed twice
   * is one position), as the rules must see one fact where the case states one thing twice.
   */
  public List<Object> facts() {
    List<Object> facts = new ArrayList<>();
    Set<Object> derived = new HashSet<>();
    facts.addAll(distinct(companies, Company::id));
    for (Market m : distinct(markets, Market::id)) {
      facts.add(m);
      m.shares().forEach((company, share) -> {
        if (!Market.FRINGE.equals(company)) {
          MarketShare s = new MarketShare(m.id(), company, share);
          if (derived.add(s)) {
            facts.add(s);
          }
        }
      });
    }
    facts.addAll(distinct(agreements, Agreement::id));
    facts.addAll(distinct(pipelines, Pipeline::id));
    facts.addAll(distinct(hardware, HardwareAsset::id));
    for (Person p : distinct(people, Person::id)) {
      facts.add(p);
      for (Role r : p.roles()) {
        Position position = new Position(p.id(), r.company(), r.role());
        if (derived.add(position)) {
          facts.add(position);
        }
      }
    }
    return facts;
  }

  /**
   * The records without repeats, in order. Equal records have equal ids, so only records that share
   * an id are compared: hashing whole records by value would cost more than the rest of this method.
   */
  private static <T> List<T> distinct(List<T> records, Function<T, String> id) {
    if (records.size() < 2) {
      return records;
    }
    Map<String, T> firstById = new HashMap<>();
    List<T> distinct = new ArrayList<>(records.size());
    for (T r : records) {
      T first = firstById.putIfAbsent(id.apply(r), r);
      if (first == null || !(first.equals(r) || distinct.contains(r))) {
        distinct.add(r);
      }
    }
    return distinct;
  }
}
