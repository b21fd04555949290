package dev.antitrust.engine.casefile;

import static dev.antitrust.engine.casefile.CaseReaderBindingTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Problems found after binding: required fields, references to what the case does not define,
 * duplicate ids, loops of parents, and every complaint of the model's records, each at its path.
 */
class CaseReaderValidationTest {

  @Test
  void read_noIdAndNoAsOf_reportsBoth() {
    assertThat(problems("case.yaml", "title: T\n")).containsExactly(
        "case.yaml:1:1: id: is required",
        "case.yaml:1:1: asOf: is required");
  }

  @Test
  void read_wrongSchemaVersionAndCurrency_reportsEveryCaseField() {
    assertThat(problems("case.yaml", """
        schemaVersion: 2
        id: c
        asOf: 2026-05-06
        currency: usd
        fx: {EUR: -1}
        """)).containsExactly(
            "case.yaml:1:1: schemaVersion: must be 1, got 2",
            "case.yaml:4:1: currency: must be a three-letter ISO 4217 code such as USD, got 'usd'",
            "case.yaml:5:6: fx.EUR: must not be negative, got -1");
  }

  @Test
  void read_elementWithoutId_reportsThePath() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies:
          - {id: a}
          - name: Nameless
        """)).containsExactly("case.yaml:5:5: companies[1].id: is required");
  }

  @Test
  void read_invalidId_reportsTheModelsReason() {
    assertThat(problems("case.yaml", "id: c\nasOf: 2026-05-06\nmarkets: [{id: 'cloud market'}]\n"))
        .containsExactly("case.yaml:3:12: markets[0].id: 'cloud market' is not a valid id: "
            + "use letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
  }

  @Test
  void read_emptyListEntry_isReported() {
    assertThat(problems("case.yaml", "id: c\nasOf: 2026-05-06\ncompanies:\n  - {id: a}\n  -\n"))
        .containsExactly("case.yaml:5:4: companies[1]: is empty");
  }

  @Test
  void read_misspeltParty_namesTheReferenceThePathAndTheClosestId() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: xai}, {id: anthropic}]
        agreements:
          - {id: d, kind: compute-supply, parties: [xai, anthropc]}
        """)).containsExactly(
            "case.yaml:5:50: agreements[0].parties[1]: unknown company 'anthropc' (did you mean 'anthropic'?)");
  }

  @Test
  void read_referenceLikeNoId_makesNoSuggestion() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: xai}, {id: anthropic}]
        hardware:
          - {id: h, owner: microsoft, kind: datacenter}
        """)).containsExactly("case.yaml:5:13: hardware[0].owner: unknown company 'microsoft'");
  }

  @Test
  void read_unknownShareHolder_isReportedButOthersIsReserved() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: google}]
        markets:
          - {id: m, shares: {google: 20, googel: 10, others: 70}}
        """)).containsExactly("case.yaml:5:34: markets[0].shares.googel: unknown company 'googel' (did you mean 'google'?)");
  }

  @Test
  void read_unknownParent_isReported() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies:
          - {id: spacex}
          - {id: xai, parent: spacx}
        """)).containsExactly("case.yaml:5:15: companies[1].parent: unknown company 'spacx' (did you mean 'spacex'?)");
  }

  @Test
  void read_unknownMarketOfAgreement_isReported() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}, {id: b}]
        markets: [{id: ai-compute}]
        agreements:
          - {id: d, kind: merger, parties: [a, b], markets: [ai-compute, ai-compte, cloud]}
        """)).containsExactly(
            "case.yaml:6:66: agreements[0].markets[1]: unknown market 'ai-compte' (did you mean 'ai-compute'?)",
            "case.yaml:6:77: agreements[0].markets[2]: unknown market 'cloud'");
  }

  @Test
  void read_pipelineReferences_areAllChecked() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: xai}, {id: anthropic}]
        agreements: [{id: colossus-deal, kind: compute-supply, parties: [xai, anthropic]}]
        pipelines:
          - id: p
            agreement: colossus-dael
            supplier: xaii
            customer: openai
            input: compute
        """)).containsExactly(
            "case.yaml:7:5: pipelines[0].agreement: unknown agreement 'colossus-dael' (did you mean 'colossus-deal'?)",
            "case.yaml:8:5: pipelines[0].supplier: unknown company 'xaii' (did you mean 'xai'?)",
            "case.yaml:9:5: pipelines[0].customer: unknown company 'openai'");
  }

  @Test
  void read_unknownCompanyWithAccess_isReported() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: xai}, {id: anthropic}]
        hardware:
          - id: colossus-1
            owner: xai
            kind: gpu-cluster
            accessibleBy: [anthropic, antropic]
        """)).containsExactly(
            "case.yaml:8:31: hardware[0].accessibleBy[1]: unknown company 'antropic' (did you mean 'anthropic'?)");
  }

  @Test
  void read_roleAtUnknownCompany_isReported() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: spacex}]
        people:
          - id: director-1
            roles:
              - {company: spacex, role: director}
              - {company: spacey, role: director}
        """)).containsExactly(
            "case.yaml:8:10: people[0].roles[1].company: unknown company 'spacey' (did you mean 'spacex'?)");
  }

  @Test
  void read_duplicateIds_areReportedInEachSection() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}, {id: b}, {id: a}]
        markets: [{id: m}, {id: m}]
        agreements:
          - {id: d, kind: merger, parties: [a, b]}
          - {id: d, kind: licence, parties: [b, a]}
        people: [{id: p}, {id: p}]
        """)).containsExactly(
            "case.yaml:3:32: companies[2].id: duplicate company id 'a', first defined at companies[0]",
            "case.yaml:4:21: markets[1].id: duplicate market id 'm', first defined at markets[0]",
            "case.yaml:7:6: agreements[1].id: duplicate agreement id 'd', first defined at agreements[0]",
            "case.yaml:8:20: people[1].id: duplicate person id 'p', first defined at people[0]");
  }

  @Test
  void read_sameIdInDifferentSections_isAllowed() {
    assertThat(CaseReader.read("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: compute}]
        markets: [{id: compute}]
        """).markets()).hasSize(1);
  }

  @Test
  void read_parentLoop_namesTheLoopOnceFromItsFirstMember() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies:
          - {id: holding}
          - {id: b, parent: a}
          - {id: a, parent: c}
          - {id: c, parent: b}
          - {id: sub, parent: a}
        """)).containsExactly("case.yaml:5:13: companies[1].parent: parent chain loops: b → a → c → b");
  }

  @Test
  void read_twoCompaniesParentOfEachOther_isALoop() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a, parent: b}, {id: b, parent: a}]
        """)).containsExactly("case.yaml:3:21: companies[0].parent: parent chain loops: a → b → a");
  }

  @Test
  void read_ownParent_isTheModelsComplaintNotALoop() {
    assertThat(problems("case.yaml", "id: c\nasOf: 2026-05-06\ncompanies: [{id: a, parent: a}]\n"))
        .containsExactly("case.yaml:3:21: companies[0].parent: company 'a' cannot be its own parent");
  }

  @Test
  void read_sharesOverOneHundred_reportsTheMarket() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}, {id: b}]
        markets:
          - {id: chips, shares: {a: 50, others: 50}}
          - id: cloud
            shares: {a: 54, b: 50}
        """)).containsExactly("case.yaml:7:5: markets[1].shares: of market 'cloud' add up to 104%, more than 100%");
  }

  @Test
  void read_shareOutsideZeroToHundred_reportsTheShare() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}, {id: b}]
        markets:
          - {id: m, shares: {a: -5, b: 20}}
        """)).containsExactly("case.yaml:5:22: markets[0].shares.a: must be a percentage from 0 to 100, got -5");
  }

  @Test
  void read_recordComplaints_areReportedForEveryElement() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}, {id: b, stateOwnership: 120}]
        agreements:
          - {id: d, kind: merger, parties: [a]}
          - {id: e, parties: [a, b]}
        pipelines:
          - {id: p, supplier: a, customer: a, input: compute}
        """)).containsExactly(
            "case.yaml:3:30: companies[1].stateOwnership: must be a percentage from 0 to 100, got 120",
            "case.yaml:5:27: agreements[0].parties: agreement 'd' needs at least two parties, got 1",
            "case.yaml:6:5: agreements[1].kind: is required",
            "case.yaml:8:26: pipelines[0].customer: pipeline 'p' supplies 'a' to itself");
  }

  @Test
  void read_valueThatFailedToBind_isNotReportedAgainAsMissing() {
    assertThat(problems("case.yaml", """
        id: c
        asOf: 2026-05-06
        companies: [{id: a}, {id: b}]
        agreements: [{id: d, kind: buyout, parties: [a, [b]]}]
        """)).containsExactly(
            "case.yaml:4:28: agreements[0].kind: unknown value 'buyout'; expected one of: merger, acquisition, "
                + "minority-stake, joint-venture, compute-supply, data-licence, distribution, r-and-d, "
                + "joint-purchasing, licence, acqui-hire",
            "case.yaml:4:49: agreements[0].parties[1]: expected text, got a list");
  }

  @Test
  void read_manyKindsOfProblem_areReportedTogetherByLine() {
    assertThat(problems("case.yaml", """
        id: c
        companies:
          - {id: xai, parent: spacex}
          - {id: xai, turnover: {EU: lots}}
        markets:
          - {id: m, shares: {xai: 70, anthropc: 40}}
        agreements:
          - id: d
            kind: merger
            parties: [xai, anthropic]
            equitySteak: 10
        asOf: 2026-02-30
        """)).containsExactly(
            "case.yaml:3:15: companies[0].parent: unknown company 'spacex'",
            "case.yaml:4:6: companies[1].id: duplicate company id 'xai', first defined at companies[0]",
            "case.yaml:4:30: companies[1].turnover.EU: expected a number, got 'lots'",
            "case.yaml:6:13: markets[0].shares: of market 'm' add up to 110%, more than 100%",
            "case.yaml:6:31: markets[0].shares.anthropc: unknown company 'anthropc'",
            "case.yaml:10:20: agreements[0].parties[1]: unknown company 'anthropic'",
            "case.yaml:11:5: unknown field 'equitySteak' in agreement (did you mean 'equityStake'?)",
            "case.yaml:12:7: asOf: '2026-02-30' is not a valid date; write yyyy-mm-dd");
  }
}
