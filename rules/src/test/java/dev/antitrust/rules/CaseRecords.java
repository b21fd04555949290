package dev.antitrust.rules;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Market;
import dev.antitrust.model.Pipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds cases straight from model records, for rules that read agreement terms {@link TestCases}
 * does not set: stakes and governance rights, clean teams, committed spend, input markets, pipeline
 * terms. Companies named anywhere are added as {@link Company#named}, unless given with a parent.
 */
final class CaseRecords {
  private final String id;
  private final Map<String, Company> companies = new LinkedHashMap<>();
  private final List<Market> markets = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<Pipeline> pipelines = new ArrayList<>();

  private CaseRecords(String id) {
    this.id = id;
  }

  static CaseRecords newCase(String id) {
    return new CaseRecords(id);
  }

  /** A company controlled by {@code parent}, so both belong to the parent's group. */
  CaseRecords subsidiary(String companyId, String parent) {
    companies.put(companyId, new Company(companyId, companyId, parent, null, Map.of(), null, 0, false, null, false,
        null, null, List.of()));
    return this;
  }

  /** A market of final products. Pairs: id, share, id, share... */
  CaseRecords market(String marketId, Object... idsAndShares) {
    return market(marketId, null, idsAndShares);
  }

  /** A market for an input such as compute. Pairs: id, share, id, share... */
  CaseRecords market(String marketId, InputKind input, Object... idsAndShares) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < idsAndShares.length; i += 2) {
      shares.put((String) idsAndShares[i], ((Number) idsAndShares[i + 1]).doubleValue());
    }
    shares.keySet().stream().filter(c -> !c.equals(Market.FRINGE)).forEach(this::company);
    markets.add(new Market(marketId, marketId, "worldwide", shares, input));
    return this;
  }

  CaseRecords agreement(Agreement agreement) {
    agreement.parties().forEach(this::company);
    agreements.add(agreement);
    return this;
  }

  CaseRecords pipeline(Pipeline pipeline) {
    company(pipeline.supplier());
    company(pipeline.customer());
    pipelines.add(pipeline);
    return this;
  }

  Case build() {
    return new Case(1, id, id, LocalDate.of(2026, 5, 6), List.of(), "USD", Map.of(), List.copyOf(companies.values()),
        markets, agreements, pipelines, List.of(), List.of(), null);
  }

  /** A stake of {@code equityStake} percent that {@code acquirer} takes in {@code target}, with no rights. */
  static Agreement stake(String acquirer, String target, double equityStake) {
    return new Agreement("stake", AgreementKind.MINORITY_STAKE, List.of(acquirer, target), List.of(), null, null,
        equityStake, false, 0, List.of(), 0, false, false, false, null, List.of(), false);
  }

  /** The same agreement with voting rights. */
  static Agreement withVotes(Agreement a) {
    return new Agreement(a.id(), a.kind(), a.parties(), a.markets(), a.value(), a.durationMonths(), a.equityStake(),
        true, a.boardSeats(), a.informationAccess(), a.observerSeats(), a.vetoRights(), a.consultationRights(),
        a.revenueShare(), a.committedSpend(), a.specialFactors(), a.cleanTeam());
  }

  /** The same agreement with board seats. */
  static Agreement withBoardSeats(Agreement a, int seats) {
    return new Agreement(a.id(), a.kind(), a.parties(), a.markets(), a.value(), a.durationMonths(), a.equityStake(),
        a.votingRights(), seats, a.informationAccess(), a.observerSeats(), a.vetoRights(), a.consultationRights(),
        a.revenueShare(), a.committedSpend(), a.specialFactors(), a.cleanTeam());
  }

  /** The same agreement with veto rights over strategic decisions. */
  static Agreement withVeto(Agreement a) {
    return new Agreement(a.id(), a.kind(), a.parties(), a.markets(), a.value(), a.durationMonths(), a.equityStake(),
        a.votingRights(), a.boardSeats(), a.informationAccess(), a.observerSeats(), true, a.consultationRights(),
        a.revenueShare(), a.committedSpend(), a.specialFactors(), a.cleanTeam());
  }

  /** The same agreement with a revenue share and spend committed to the other party. */
  static Agreement withRevenueShareAndSpend(Agreement a, boolean revenueShare, Double committedSpend) {
    return new Agreement(a.id(), a.kind(), a.parties(), a.markets(), a.value(), a.durationMonths(), a.equityStake(),
        a.votingRights(), a.boardSeats(), a.informationAccess(), a.observerSeats(), a.vetoRights(),
        a.consultationRights(), revenueShare, committedSpend, a.specialFactors(), a.cleanTeam());
  }

  /** An exclusive compute pipeline of {@code months} (null for unknown), or of indefinite term. */
  static Pipeline exclusiveCompute(String supplier, String customer, Integer months, boolean indefinite) {
    return new Pipeline("supply", null, supplier, customer, InputKind.COMPUTE, true, 100, 4, months, null, indefinite);
  }

  private void company(String companyId) {
    companies.putIfAbsent(companyId, Company.named(companyId));
  }
}
