package dev.antitrust.engine.casefile;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.InvalidFactException;
import dev.antitrust.model.Market;
import dev.antitrust.model.Person;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Builds the model's records from a bound file. The records validate themselves and stop at their
 * first complaint, so each is built on its own and a complaint becomes a problem at the record's
 * path; the next record is still built. Values that failed to bind are already reported, so the
 * complaints their nulls cause are dropped.
 */
final class CaseAssembler {
  /** Every case-level field the {@link Case} constructor can refuse, so at most this many retries. */
  private static final int CASE_FIELDS = 6;

  private final ProblemList problems;

  private CaseAssembler(ProblemList problems) {
    this.problems = problems;
  }

  /** The case, or null when a problem was added to {@code problems}. */
  static Case assemble(CaseDto dto, ProblemList problems) {
    return new CaseAssembler(problems).build(dto);
  }

  private Case build(CaseDto dto) {
    List<Company> companies = each(dto.companies(), "companies", (d, path) -> company(d));
    List<Market> markets = each(dto.markets(), "markets", (d, path) -> market(d));
    List<Agreement> agreements = each(dto.agreements(), "agreements", (d, path) -> agreement(d));
    List<Pipeline> pipelines = each(dto.pipelines(), "pipelines", (d, path) -> pipeline(d));
    List<HardwareAsset> hardware = each(dto.hardware(), "hardware", (d, path) -> hardware(d));
    List<Person> people = each(dto.people(), "people", this::person);

    int schemaVersion = dto.schemaVersion() == null ? Case.SCHEMA_VERSION : dto.schemaVersion();
    String id = dto.id();
    LocalDate asOf = dto.asOf();
    List<String> jurisdictions = dto.jurisdictions();
    String currency = dto.currency();
    Map<String, Double> fx = dto.fx();
    // The constructor stops at its first complaint. Put a harmless value in place of the field it
    // refused and build again, so that every case-level field is checked, not only the first.
    for (int attempt = 0; attempt <= CASE_FIELDS; attempt++) {
      try {
        Case result = new Case(schemaVersion, id, dto.title(), asOf, jurisdictions, currency, fx,
            companies, markets, agreements, pipelines, hardware, people, dto.notes());
        return problems.isEmpty() ? result : null;
      } catch (InvalidFactException e) {
        report("", e);
        switch (rootField(e.field())) {
          case "schemaVersion" -> schemaVersion = Case.SCHEMA_VERSION;
          case "id" -> id = "case";
          case "asOf" -> asOf = LocalDate.EPOCH;
          case "jurisdictions" -> jurisdictions = List.of();
          case "currency" -> currency = null;
          case "fx" -> fx = null;
          default -> {
            return null;
          }
        }
      }
    }
    return null;
  }

  private static Company company(CaseDto.Company c) {
    return new Company(c.id(), c.name(), c.parent(), c.hq(), c.turnover(), c.marketCap(),
        orZero(c.stateOwnership()), Boolean.TRUE.equals(c.defenceContractor()), c.capital(),
        Boolean.TRUE.equals(c.gatekeeper()), c.euMonthlyEndUsers(), c.euYearlyBusinessUsers(), c.sectors());
  }

  private static Market market(CaseDto.Market m) {
    return new Market(m.id(), m.name(), m.geography(), m.shares(), m.input());
  }

  private static Agreement agreement(CaseDto.Agreement a) {
    return new Agreement(a.id(), a.kind(), a.parties(), a.markets(), a.value(), a.durationMonths(),
        orZero(a.equityStake()), Boolean.TRUE.equals(a.votingRights()),
        a.boardSeats() == null ? 0 : a.boardSeats(), a.informationAccess(),
        a.observerSeats() == null ? 0 : a.observerSeats(), Boolean.TRUE.equals(a.vetoRights()),
        Boolean.TRUE.equals(a.consultationRights()), Boolean.TRUE.equals(a.revenueShare()), a.committedSpend(),
        a.specialFactors(), Boolean.TRUE.equals(a.cleanTeam()));
  }

  private static Pipeline pipeline(CaseDto.Pipeline p) {
    return new Pipeline(p.id(), p.agreement(), p.supplier(), p.customer(), p.input(),
        Boolean.TRUE.equals(p.exclusive()), orZero(p.shareOfSupplierCapacity()),
        orZero(p.marketForeclosed()), p.durationMonths(), p.inputMarket(), Boolean.TRUE.equals(p.indefinite()));
  }

  private static HardwareAsset hardware(CaseDto.Hardware h) {
    return new HardwareAsset(h.id(), h.owner(), h.kind(), h.units() == null ? 0 : h.units(), h.chip(),
        h.tppPerUnit(), h.performanceDensity(), h.powerMw(), h.locations(), h.accessibleBy(), h.memoryBandwidth());
  }

  private Person person(CaseDto.Person p, String path) {
    List<Role> roles = each(p.roles(), path + ".roles", (r, rolePath) -> new Role(r.company(), r.role()));
    return new Person(p.id(), p.name(), roles);
  }

  /** Builds each element of a section on its own, so that one bad element hides no other. */
  private <D, R> List<R> each(List<D> elements, String section, BiFunction<D, String, R> build) {
    if (elements == null) {
      return List.of();
    }
    List<R> built = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      String path = section + "[" + i + "]";
      D element = elements.get(i);
      if (element == null) {
        if (!problems.failedAt(path)) {
          problems.field(path, "is empty");
        }
        continue;
      }
      R record = attempt(path, () -> build.apply(element, path));
      if (record != null) {
        built.add(record);
      }
    }
    return built;
  }

  private <R> R attempt(String path, Supplier<R> build) {
    try {
      return build.get();
    } catch (InvalidFactException e) {
      report(path, e);
      return null;
    }
  }

  /** A record's complaint as a problem at the field's path, unless binding already reported it. */
  private void report(String recordPath, InvalidFactException e) {
    String path = recordPath.isEmpty() ? e.field() : recordPath + "." + e.field();
    if (!problems.failedAt(path)) {
      problems.field(path, e.reason());
    }
  }

  /** {@code fx} for {@code fx.EUR}, {@code parties} for {@code parties[1]}. */
  private static String rootField(String field) {
    int dot = field.indexOf('.');
    int bracket = field.indexOf('[');
    int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
    return end < 0 ? field : field.substring(0, end);
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
