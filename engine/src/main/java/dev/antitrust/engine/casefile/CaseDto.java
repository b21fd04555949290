package dev.antitrust.engine.casefile;

import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.HardwareKind;
import dev.antitrust.model.InformationKind;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.RoleKind;
import dev.antitrust.model.SpecialFactor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A case file exactly as written, before any check: the schema of DESIGN §4. Jackson binds the file
 * to these records and not to the model's, because the model's constructors stop at the first bad
 * value, while a reader must report every one. Every field is nullable, numbers and flags are boxed,
 * so that an absent or unreadable value is visible as null instead of a silent default. The record
 * component names are the field names of the file and the list that unknown fields are matched
 * against.
 */
record CaseDto(
    Integer schemaVersion,
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
    List<Hardware> hardware,
    List<Person> people,
    String notes) {

  record Company(
      String id,
      String name,
      String parent,
      String hq,
      Map<String, Double> turnover,
      Double marketCap,
      Double stateOwnership,
      Boolean defenceContractor,
      Double capital,
      Boolean gatekeeper,
      Long euMonthlyEndUsers,
      Long euYearlyBusinessUsers,
      List<String> sectors) {}

  record Market(String id, String name, String geography, Map<String, Double> shares, InputKind input) {}

  record Agreement(
      String id,
      AgreementKind kind,
      List<String> parties,
      List<String> markets,
      Double value,
      Integer durationMonths,
      Double equityStake,
      Boolean votingRights,
      Integer boardSeats,
      List<InformationKind> informationAccess,
      Integer observerSeats,
      Boolean vetoRights,
      Boolean consultationRights,
      Boolean revenueShare,
      Double committedSpend,
      List<SpecialFactor> specialFactors,
      Boolean cleanTeam) {}

  record Pipeline(
      String id,
      String agreement,
      String supplier,
      String customer,
      InputKind input,
      Boolean exclusive,
      Double shareOfSupplierCapacity,
      Double marketForeclosed,
      Integer durationMonths,
      String inputMarket,
      Boolean indefinite) {}

  record Hardware(
      String id,
      String owner,
      HardwareKind kind,
      Long units,
      String chip,
      Double tppPerUnit,
      Double performanceDensity,
      Double powerMw,
      List<String> locations,
      List<String> accessibleBy,
      Double memoryBandwidth) {}

  record Person(String id, String name, List<Role> roles) {}

  record Role(String company, RoleKind role) {}

  /** What a record of the file is called in messages: {@code agreement} for {@link Agreement}. */
  static String entityName(Class<?> dto) {
    return dto == CaseDto.class ? "case" : dto.getSimpleName().toLowerCase(Locale.ROOT);
  }
}
