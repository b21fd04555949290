package dev.antitrust.rules;

import static dev.antitrust.model.RoleKind.DIRECTOR;
import static dev.antitrust.model.RoleKind.OBSERVER;
import static dev.antitrust.model.RoleKind.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Market;
import dev.antitrust.model.Person;
import dev.antitrust.model.Role;
import dev.antitrust.model.RoleKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interlocking directorates: Clayton Act §8 in the US, Art. 101 TFEU and Chapter I in the EU and UK. */
class InterlockRulesTest {

  /** A company with capital, surplus and undivided profits (USD; null when unknown) and a parent. */
  private static Company firm(String id, String parent, Double capital) {
    return new Company(id, id.toUpperCase(), parent, "US", Map.of(), null, 0, false, capital, false, null, null, List.of());
  }

  /** Jane Doe holds {@code roleA} at a and {@code roleB} at b; a and b hold 20% and {@code shareB}% of a market. */
  private static Case interlock(String asOf, String geography, RoleKind roleA, RoleKind roleB, double shareB,
      Company a, Company b) {
    Market m = new Market("m", "AI models", geography, Map.of("a", 20.0, "b", shareB, "others", 50.0), null);
    Person jane = new Person("jane", "Jane Doe", List.of(new Role("a", roleA), new Role("b", roleB)));
    return new Case(1, "interlock", "interlock", LocalDate.parse(asOf), List.of(), "USD", Map.of(), List.of(a, b),
        List.of(m), List.of(), List.of(), List.of(), List.of(jane), null);
  }

  private static Case us2026(double capitalB) {
    return interlock("2026-05-06", "US", DIRECTOR, OFFICER, 10, firm("a", null, 60e6), firm("b", null, capitalB));
  }

  @Test
  void clayton8_2026_directorAndOfficerOfRivalsAboveThreshold_fires() {
    // 2026 threshold $54,402,000; a has $60m, b $75m.
    Concern c = Golden.fires("US-CLAYTON8-INTERLOCK", us2026(75e6));
    assertThat(c.finding()).isEqualTo("Jane Doe is director of A and officer of B, whose groups compete in AI models"
        + " (20.0% and 10.0%), and each has capital above $54.4m ($60.0m and $75.0m): a §8 interlock unless a"
        + " competitive-sales exemption applies");
    assertThat(c.subjects()).containsExactly("jane", "a", "b", "m");
    assertThat(c.thresholds()).containsEntry("us.clayton8.capital", 54_402_000.0);
  }

  @Test
  void clayton8_2026_capitalJustAboveThreshold_fires() {
    // b has $54,402,001, one dollar above the threshold.
    Golden.fires("US-CLAYTON8-INTERLOCK", us2026(54_402_001));
  }

  @Test
  void clayton8_2026_capitalAtThreshold_silent() {
    // §8(a)(1) requires capital that exceeds the threshold.
    Golden.silent(us2026(54_402_000), "US-CLAYTON8-INTERLOCK");
  }

  @Test
  void clayton8_2025ThresholdAppliesBefore14Jan2026() {
    // $52m is above the 2025 threshold ($51,380,000) and below the 2026 one ($54,402,000).
    Company a = firm("a", null, 60e6);
    Company b = firm("b", null, 52e6);
    Golden.fires("US-CLAYTON8-INTERLOCK", interlock("2026-01-13", "US", DIRECTOR, DIRECTOR, 10, a, b));
    Golden.silent(interlock("2026-01-14", "US", DIRECTOR, DIRECTOR, 10, a, b), "US-CLAYTON8-INTERLOCK");
  }

  @Test
  void clayton8_unknownCapital_silent() {
    Golden.silent(interlock("2026-05-06", "US", DIRECTOR, DIRECTOR, 10, firm("a", null, 60e6), firm("b", null, null)),
        "US-CLAYTON8-INTERLOCK");
  }

  @Test
  void clayton8_observerIsNeitherDirectorNorOfficer_silentButEuFires() {
    Case c = interlock("2026-05-06", "worldwide", DIRECTOR, OBSERVER, 10, firm("a", null, 60e6), firm("b", null, 60e6));
    Golden.silent(c, "US-CLAYTON8-INTERLOCK");
    assertThat(Golden.fires("EU-A101-INTERLOCK", c).finding()).isEqualTo("Jane Doe is director of A and observer of B,"
        + " whose groups compete in AI models (20.0% and 10.0%): a channel for commercially sensitive information between"
        + " rivals");
  }

  @Test
  void interlocks_companiesOfOneGroup_silent() {
    // b is a's subsidiary: one undertaking, not two competitors.
    Case c = interlock("2026-05-06", "worldwide", DIRECTOR, DIRECTOR, 10, firm("a", null, 60e6), firm("b", "a", 60e6));
    Golden.silent(c, "US-CLAYTON8-INTERLOCK", "EU-A101-INTERLOCK", "UK-CA98-INTERLOCK");
  }

  @Test
  void interlocks_secondCompanyWithoutShare_silent() {
    // b holds 0% of the market: a and b do not compete there.
    Case c = interlock("2026-05-06", "worldwide", DIRECTOR, DIRECTOR, 0, firm("a", null, 60e6), firm("b", null, 60e6));
    Golden.silent(c, "US-CLAYTON8-INTERLOCK", "EU-A101-INTERLOCK", "UK-CA98-INTERLOCK");
  }

  @Test
  void interlocks_worldwideMarket_firesEverywhere() {
    Case c = interlock("2026-05-06", "worldwide", DIRECTOR, DIRECTOR, 0.1, firm("a", null, 60e6), firm("b", null, 60e6));
    Golden.fires("US-CLAYTON8-INTERLOCK", c);
    Golden.fires("EU-A101-INTERLOCK", c);
    Golden.fires("UK-CA98-INTERLOCK", c);
  }

  @Test
  void interlocks_memberStateMarket_firesInTheEuOnly() {
    Case c = interlock("2026-05-06", "DE", DIRECTOR, DIRECTOR, 10, firm("a", null, 60e6), firm("b", null, 60e6));
    Golden.fires("EU-A101-INTERLOCK", c);
    Golden.silent(c, "US-CLAYTON8-INTERLOCK", "UK-CA98-INTERLOCK");
  }

  @Test
  void interlocks_ukMarket_firesInTheUkOnly() {
    Case c = interlock("2026-05-06", "UK", OFFICER, DIRECTOR, 10, firm("a", null, 60e6), firm("b", null, 60e6));
    assertThat(Golden.fires("UK-CA98-INTERLOCK", c).finding()).startsWith("Jane Doe is officer of A and director of B");
    Golden.silent(c, "US-CLAYTON8-INTERLOCK", "EU-A101-INTERLOCK");
  }
}
