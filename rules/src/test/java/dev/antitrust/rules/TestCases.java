package dev.antitrust.rules;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.HardwareKind;
import dev.antitrust.model.InformationKind;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Market;
import dev.antitrust.model.Pipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small cases for rule tests, so each test states only the facts its rule looks at. */
final class TestCases {
  private final String id;
  private LocalDate asOf = LocalDate.of(2026, 5, 6);
  private final Map<String, Company> companies = new LinkedHashMap<>();
  private final List<Market> markets = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<Pipeline> pipelines = new ArrayList<>();
  private final List<HardwareAsset> hardware = new ArrayList<>();

  private TestCases(String id) {
    this.id = id;
  }

  static TestCases newCase(String id) {
    return new TestCases(id);
  }

  TestCases asOf(String date) {
    asOf = LocalDate.parse(date);
    return this;
  }

  TestCases company(String companyId) {
    companies.putIfAbsent(companyId, Company.named(companyId));
    return this;
  }

  TestCases company(String companyId, String parent, double worldwideTurnover) {
    companies.put(companyId, new Company(companyId, companyId, parent, "US",
        worldwideTurnover > 0 ? Map.of("worldwide", worldwideTurnover) : Map.of(), null, 0, false, null, false, null,
        null, List.of()));
    return this;
  }

  /** A market; every company named in the shares is added if missing. Pairs: id, share, id, share... */
  TestCases market(String marketId, Object... idsAndShares) {
    return marketIn("worldwide", marketId, idsAndShares);
  }

  /** A market with a geography (US, EU, EEA, DE, UK, worldwide...). */
  TestCases marketIn(String geography, String marketId, Object... idsAndShares) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < idsAndShares.length; i += 2) {
      String company = (String) idsAndShares[i];
      shares.put(company, ((Number) idsAndShares[i + 1]).doubleValue());
      if (!company.equals(Market.FRINGE)) {
        company(company);
      }
    }
    markets.add(new Market(marketId, marketId, geography, shares, null));
    return this;
  }

  TestCases agreement(String agreementId, AgreementKind kind, List<String> parties, List<String> marketIds) {
    return agreement(agreementId, kind, parties, marketIds, null, false, List.of());
  }

  TestCases agreement(String agreementId, AgreementKind kind, List<String> parties, List<String> marketIds,
      Double value, boolean votingRights, List<InformationKind> information) {
    parties.forEach(this::company);
    agreements.add(new Agreement(agreementId, kind, parties, marketIds, value, null, 0, votingRights, 0, information, 0,
        false, false, false, null, List.of(), false));
    return this;
  }

  TestCases exclusivePipeline(String pipelineId, String supplier, String customer, double foreclosed) {
    company(supplier);
    company(customer);
    pipelines.add(new Pipeline(pipelineId, null, supplier, customer, InputKind.COMPUTE, true, 100, foreclosed, 36, null,
        false));
    return this;
  }

  TestCases gpuCluster(String assetId, String owner, double tpp, Double density) {
    company(owner);
    hardware.add(new HardwareAsset(assetId, owner, HardwareKind.GPU_CLUSTER, 1000, "X", tpp, density, null,
        List.of("US"), List.of(), null));
    return this;
  }

  Case build() {
    return new Case(1, id, id, asOf, List.of(), "USD", Map.of(), List.copyOf(companies.values()), markets,
        agreements, pipelines, hardware, List.of(), null);
  }
}
