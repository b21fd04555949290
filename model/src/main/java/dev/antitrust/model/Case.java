package dev.antitrust.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
   * per named share and one {@link Position} per role.
   */
  public List<Object> facts() {
    List<Object> facts = new ArrayList<>();
    facts.addAll(companies);
    for (Market m : markets) {
      facts.add(m);
      m.shares().forEach((company, share) -> {
        if (!Market.FRINGE.equals(company)) {
          facts.add(new MarketShare(m.id(), company, share));
        }
      });
    }
    facts.addAll(agreements);
    facts.addAll(pipelines);
    facts.addAll(hardware);
    for (Person p : people) {
      facts.add(p);
      for (Role r : p.roles()) {
        facts.add(new Position(p.id(), r.company(), r.role()));
      }
    }
    return facts;
  }
}
