package dev.antitrust.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Problems found while binding a file to the schema: unknown fields, values of the wrong type, bad
 * enum values and dates, and input that does not parse. Each test asserts the exact messages.
 */
class CaseReaderBindingTest {

  static List<String> problems(String source, String text) {
    try {
      CaseReader.read(source, text);
    } catch (CaseFileException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a CaseFileException");
  }

  @Test
  void read_misspeltField_namesItsLocationAndTheClosestField() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies:
          - {id: a}
          - {id: b}
        agreements:
          - id: d
            kind: merger
            parties: [a, b]
            equitySteak: 10
        """)).containsExactly("case.yaml:10:5: unknown field 'equitySteak' in agreement (did you mean 'equityStake'?)");
  }

  @Test
  void read_unknownFieldLikeNoKnownOne_listsTheKnownFields() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies:
          - id: a
            website: example.com
        """)).containsExactly("case.yaml:5:5: unknown field 'website' in company; known fields: "
            + "id, name, parent, hq, turnover, marketCap, stateOwnership, defenceContractor, capital, gatekeeper, "
                + "euMonthlyEndUsers, euYearlyBusinessUsers, sectors");
  }

  @Test
  void read_unknownFieldsEverywhere_areAllReported() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        titel: T
        companies:
          - id: a
            nmae: A
            extra: {deep: [1, 2]}
          - id: b
        people:
          - id: p
            roles:
              - {company: a, role: director, since: 2020}
        """)).containsExactly(
            "case.yaml:3:1: unknown field 'titel' in case (did you mean 'title'?)",
            "case.yaml:6:5: unknown field 'nmae' in company (did you mean 'name'?)",
            "case.yaml:7:5: unknown field 'extra' in company; known fields: "
                + "id, name, parent, hq, turnover, marketCap, stateOwnership, defenceContractor, capital, gatekeeper, "
                + "euMonthlyEndUsers, euYearlyBusinessUsers, sectors",
            "case.yaml:12:38: unknown field 'since' in role; known fields: company, role");
  }

  @Test
  void read_unknownFieldInJson_isLocatedAtItsName() {
    assertThat(problems("case.json", """
        {
          "id": "c",
          "asOf": "2026-05-06",
          "markets": [{"id": "m", "share": {"a": 10}}]
        }
        """)).containsExactly("case.json:4:27: unknown field 'share' in market (did you mean 'shares'?)");
  }

  @Test
  void read_textWhereNumberBelongs_isATypeError() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies:
          - id: a
            marketCap: lots
            turnover: {EU: 1e9, US: many}
        """)).containsExactly(
            "case.yaml:5:16: companies[0].marketCap: expected a number, got 'lots'",
            "case.yaml:6:29: companies[0].turnover.US: expected a number, got 'many'");
  }

  @Test
  void read_fractionWhereWholeNumberBelongs_isATypeError() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        hardware:
          - {id: h, owner: a, kind: accelerator, units: 2.5}
        """)).contains("case.yaml:4:49: hardware[0].units: expected a whole number, got 2.5");
  }

  @Test
  void read_wholeNumberOutOfRange_isATypeError() {
    assertThat(problems("case.json", """
        {"id": "c", "asOf": "2026-05-06", "schemaVersion": 3000000000}
        """)).containsExactly(
            "case.json:1:52: schemaVersion: must be a whole number from -2147483648 to 2147483647, got 3000000000");
  }

  @Test
  void read_yamlOctalAndHexNumbers_areReadAsDecimalOrRefused() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        schemaVersion: 01
        fx: {EUR: 0x1F}
        """)).containsExactly("case.yaml:4:11: fx.EUR: expected a number, got 0x1F");
  }

  @Test
  void read_wordWhereFlagBelongs_isATypeError() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies:
          - {id: a, defenceContractor: maybe}
        """)).containsExactly("case.yaml:4:32: companies[0].defenceContractor: expected true or false, got 'maybe'");
  }

  @Test
  void read_scalarWhereListOrMappingBelongs_isATypeError() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        jurisdictions: US
        companies:
          - bare
          - {id: a, name: [A], turnover: 5}
        """)).containsExactly(
            "case.yaml:3:16: jurisdictions: expected a list, got 'US'",
            "case.yaml:5:5: companies[0]: expected a mapping, got 'bare'",
            "case.yaml:6:19: companies[1].name: expected text, got a list",
            "case.yaml:6:34: companies[1].turnover: expected a mapping, got 5");
  }

  @Test
  void read_rootThatIsAList_isATypeError() {
    assertThat(problems("case.yaml", "- a\n- b\n")).containsExactly("case.yaml:1:1: case: expected a mapping, got a list");
  }

  @Test
  void read_misspeltEnumValue_listsTheAllowedValuesAndTheClosest() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}, {id: b}]
        agreements:
          - {id: d, kind: compute-suply, parties: [a, b]}
        """)).containsExactly("case.yaml:5:19: agreements[0].kind: unknown value 'compute-suply' "
            + "(did you mean 'compute-supply'?); expected one of: merger, acquisition, minority-stake, joint-venture, "
            + "compute-supply, data-licence, distribution, r-and-d, joint-purchasing, licence, acqui-hire");
  }

  @Test
  void read_unknownEnumValueLikeNoneAllowed_listsTheAllowedValues() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}]
        people:
          - {id: p, roles: [{company: a, role: ceo}]}
        """)).containsExactly(
            "case.yaml:5:40: people[0].roles[0].role: unknown value 'ceo'; expected one of: director, officer, observer");
  }

  @Test
  void read_enumValueInOtherCaseOrWithUnderscore_isAccepted() {
    assertThat(CaseReader.read("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}, {id: b}]
        agreements: [{id: d, kind: Compute_Supply, parties: [a, b], informationAccess: [USAGE-DATA]}]
        """).agreements()).singleElement().satisfies(a -> assertThat(a.kind().wireName()).isEqualTo("compute-supply"));
  }

  @Test
  void read_numberWhereEnumBelongs_isATypeError() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        pipelines: [{id: p, supplier: a, customer: b, input: 5}]
        companies: [{id: a}, {id: b}]
        """)).containsExactly("case.yaml:3:54: pipelines[0].input: expected one of: "
            + "compute, data, distribution, content, ip, talent, energy, launch, got 5");
  }

  @Test
  void read_dateWithNoSuchMonth_namesTheField() {
    assertThat(problems("case.yaml", "id: c\nasOf: 2026-13-01\n"))
        .containsExactly("case.yaml:2:7: asOf: '2026-13-01' is not a valid date; write yyyy-mm-dd");
  }

  @Test
  void read_dateWithNoSuchDay_namesTheField() {
    assertThat(problems("case.yaml", "id: c\nasOf: 2026-02-30\n"))
        .containsExactly("case.yaml:2:7: asOf: '2026-02-30' is not a valid date; write yyyy-mm-dd");
  }

  @Test
  void read_leapDay_isADateOnlyInALeapYear() {
    assertThat(problems("case.yaml", "id: c\nasOf: 2025-02-29\n"))
        .containsExactly("case.yaml:2:7: asOf: '2025-02-29' is not a valid date; write yyyy-mm-dd");
    assertThat(CaseReader.read("case.yaml", "id: c\nasOf: 2024-02-29\n").asOf())
        .isEqualTo(java.time.LocalDate.of(2024, 2, 29));
  }

  @Test
  void read_dateInAnotherFormat_namesTheField() {
    assertThat(problems("case.json", "{\"id\": \"c\", \"asOf\": \"06/05/2026\"}"))
        .containsExactly("case.json:1:21: asOf: '06/05/2026' is not a valid date; write yyyy-mm-dd");
  }

  @Test
  void read_numberWhereDateBelongs_isATypeError() {
    assertThat(problems("case.json", "{\"id\": \"c\", \"asOf\": 20260506}"))
        .containsExactly("case.json:1:21: asOf: expected a date yyyy-mm-dd, got 20260506");
  }

  @Test
  void read_notANumberInYaml_isRefused() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a, marketCap: .nan, stateOwnership: -.inf}]
        """)).containsExactly(
            "case.yaml:3:32: companies[0].marketCap: must be a finite number, got .nan",
            "case.yaml:3:54: companies[0].stateOwnership: must be a finite number, got -.inf");
  }

  @Test
  void read_notANumberInJson_isRefused() {
    assertThat(problems("case.json", """
        {"id": "c", "asOf": "2026-05-06", "fx": {"EUR": "NaN", "GBP": 1e400}}
        """)).containsExactly(
            "case.json:1:49: fx.EUR: must be a finite number, got 'NaN'",
            "case.json:1:63: fx.GBP: must be a finite number, got 1e400");
  }

  @Test
  void read_bareNaNInJson_isMalformed() {
    assertThat(problems("case.json", "{\"id\": \"c\", \"asOf\": \"2026-05-06\", \"fx\": {\"EUR\": NaN}}"))
        .containsExactly("case.json:1:52: malformed JSON: non-standard token 'NaN'");
  }

  @Test
  void read_yamlAlias_isRefusedNotTakenAsItsName() {
    assertThat(problems("case.yaml", """
        id: &name c
        asOf: 2026-05-06
        title: *name
        """)).containsExactly("case.yaml:3:8: title: expected text, got the alias *name (YAML aliases are not supported)");
  }

  @Test
  void read_malformedYaml_isOneLocatedProblem() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
          title: indented
        notes: x
        """)).containsExactly("case.yaml:3:8: malformed YAML: mapping values are not allowed here");
  }

  @Test
  void read_unterminatedQuoteInYaml_saysWhereTheQuoteStarts() {
    assertThat(problems("case.yaml", "id: c\ntitle: 'open\n"))
        .containsExactly("case.yaml:3:1: malformed YAML: found unexpected end of stream "
            + "(while scanning a quoted scalar that starts at 2:8)");
  }

  @Test
  void read_malformedJson_isOneLocatedProblem() {
    assertThat(problems("case.json", "{\n  \"id\": \"c\",\n  \"asOf\": \"2026-05-06\"\n"))
        .containsExactly("case.json:4:1: malformed JSON: unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void read_keyTwiceInYaml_isMalformed() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies:
          - id: a
            id: b
        """)).containsExactly("case.yaml:5:5: malformed YAML: duplicate field 'id'");
  }

  @Test
  void read_keyTwiceInJson_isMalformed() {
    assertThat(problems("case.json", "{\"id\": \"c\", \"asOf\": \"2026-05-06\", \"id\": \"d\"}"))
        .containsExactly("case.json:1:39: malformed JSON: duplicate field 'id'");
  }

  @Test
  void read_nestingDeeperThanTheLimit_isRefused() {
    String deep = "notes: " + "[".repeat(40) + "]".repeat(40) + "\n";

    assertThat(problems("case.yaml", deep)).containsExactly("case.yaml:1:39: nested 33 levels deep, more than the 32 a case file may have");
  }

  @Test
  void read_emptyInput_saysSo() {
    assertThat(problems("case.yaml", "# only a comment\n"))
        .containsExactly("case.yaml: the input is empty; a case needs at least id and asOf");
  }

  @Test
  void read_nullDocument_saysTheInputIsEmpty() {
    assertThat(problems("case.yaml", "~\n")).containsExactly("case.yaml:1:1: the input is empty; a case needs at least id and asOf");
  }

  @Test
  void read_secondYamlDocument_isRefused() {
    assertThat(problems("case.yaml", "id: c\nasOf: 2026-05-06\n---\nid: d\n"))
        .containsExactly("case.yaml:4:1: unexpected content after the end of the case");
  }

  @Test
  void read_secondJsonValue_isRefused() {
    assertThat(problems("case.json", "{\"id\": \"c\", \"asOf\": \"2026-05-06\"} {}"))
        .containsExactly("case.json:1:35: unexpected content after the end of the case");
  }
}
