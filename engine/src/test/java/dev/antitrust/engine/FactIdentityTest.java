package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Person;
import dev.antitrust.model.Role;
import dev.antitrust.model.RoleKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions tell facts apart by identity, for speed; what the rules see must be what they saw when
 * facts were compared by value: one fact for two equal derivations, and one for a thing a case states
 * twice.
 */
class FactIdentityTest {
  @TempDir Path dir;

  /** Counts facts of a type in a finding's text, so a test reads how many the rules saw. */
  private static String counting(String type, String binding) {
    return String.join("\n",
        "rule \"count " + type + "\"",
        "  @id(\"T-COUNT-" + type.toUpperCase(Locale.ROOT) + "\") @title(\"Count\") @category(\"concentration\")",
        "  @jurisdiction(\"US\") @severity(\"info\") @citation(\"Test Act §9\")",
        "when",
        "  accumulate( " + type + "( " + binding + " ); $n : count( 1 ) )",
        "then",
        "  insert(Finding.of(\"%d " + type + "\", $n));",
        "end",
        "");
  }

  @Test
  void twoRulesDerivingEqualFacts_giveOneFact() {
    String derive = String.join("\n",
        "declare Big company : String @key market : String @key end",
        "rule \"big by share\" @indicator(\"a share above the threshold\") salience 100",
        "when $t : Threshold( key == \"test.share\" ) $s : MarketShare( share > $t.value )",
        "then insertLogical(new Big($s.company(), $s.market())); end",
        "rule \"big again\" @indicator(\"the same fact, derived a second way\") salience 100",
        "when $t : Threshold( key == \"test.share\" ) $s : MarketShare( share > $t.value, share > 0 )",
        "then insertLogical(new Big($s.company(), $s.market())); end",
        "");
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, derive + counting("Big", "")));

    assertThat(texts(engine, TestPacks.market("2025-06-01", 35, 45))).containsExactly("2 Big");
  }

  @Test
  void aRoleListedTwice_isOnePosition() {
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, counting("Position", "")));
    Role director = new Role("a", RoleKind.DIRECTOR);
    Case twice = withPeople(TestPacks.market("2025-06-01", 10, 5),
        List.of(new Person("p", "P", List.of(director, director, new Role("b", RoleKind.DIRECTOR)))));

    assertThat(texts(engine, twice)).containsExactly("2 Position");
  }

  @Test
  void anEqualRecordListedTwice_isOneFact_butTwoRecordsSharingAnIdAreTwo() {
    RiskEngine engine = TestPacks.engine(TestPacks.pack(dir, counting("Company", "")));
    Case base = TestPacks.market("2025-06-01", 10, 5);
    Case repeated = withCompanies(base, List.of(Company.named("a"), Company.named("b"), Company.named("a")));
    Company renamed = new Company("a", "Another A", null, null, null, null, 0, false, null, false, null, null, null);
    Case clash = withCompanies(base, List.of(Company.named("a"), Company.named("b"), renamed));

    assertThat(texts(engine, repeated)).containsExactly("2 Company");
    assertThat(texts(engine, clash)).containsExactly("3 Company");
  }

  private static List<String> texts(RiskEngine engine, Case c) {
    return engine.assess(c).concerns().stream().map(Concern::finding).toList();
  }

  private static Case withPeople(Case c, List<Person> people) {
    return new Case(c.schemaVersion(), c.id(), c.title(), c.asOf(), c.jurisdictions(), c.currency(), c.fx(),
        c.companies(), c.markets(), c.agreements(), c.pipelines(), c.hardware(), people, c.notes());
  }

  private static Case withCompanies(Case c, List<Company> companies) {
    return new Case(c.schemaVersion(), c.id(), c.title(), c.asOf(), c.jurisdictions(), c.currency(), c.fx(),
        companies, c.markets(), c.agreements(), c.pipelines(), c.hardware(), c.people(), c.notes());
  }

  /** Findings and their phrases are formatted in Locale.US for speed; the text must be what Locale.ROOT wrote. */
  @Test
  void findingNumbers_readAsInTheRootLocale() {
    List<String> formats = List.of("%,.0f", "%.1f", "%,.1f", "%.0f%%", "%d", "%,d", "%.2f", "%s", "%,.4g", "%5.1f");
    List<Object> numbers = List.of(0.0, -0.5, 0.05, 2.5, 1234567.891, -9876543210.5, 1e15, Double.NaN,
        Double.POSITIVE_INFINITY, 7, -1234567, 3_000_000_000L);
    for (String format : formats) {
      for (Object n : numbers) {
        String root;
        try {
          root = String.format(Locale.ROOT, format, n);
        } catch (java.util.IllegalFormatException e) {
          continue; // %d of a double, say: not a format a rule can use
        }
        assertThat(dev.antitrust.model.Finding.phrase(format, n)).as("%s of %s", format, n).isEqualTo(root);
      }
    }
    assertThat(dev.antitrust.model.Finding.of("%,.0f in %s", 1234567.5, "m").text()).isEqualTo("1,234,568 in m");
  }
}
