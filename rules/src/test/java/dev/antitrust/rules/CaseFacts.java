package dev.antitrust.rules;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.InputKind;
import dev.antitrust.model.Market;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.SpecialFactor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records that {@link TestCases} cannot express (input markets, special factors, pipelines with an
 * input market or an indefinite term), and a case made of them.
 */
final class CaseFacts {
  static final LocalDate AS_OF = LocalDate.of(2026, 5, 6);

  private CaseFacts() {}

  /** A market; {@code input} null for a market of final products. Pairs: id, share, id, share... */
  static Market market(String id, InputKind input, Object... idsAndShares) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < idsAndShares.length; i += 2) {
      shares.put((String) idsAndShares[i], ((Number) idsAndShares[i + 1]).doubleValue());
    }
    return new Market(id, id, "worldwide", shares, input);
  }

  static Agreement deal(String id, AgreementKind kind, List<String> parties, List<String> markets) {
    return Agreement.of(id, kind, parties, markets);
  }

  static Agreement deal(String id, AgreementKind kind, List<String> parties, List<String> markets,
      SpecialFactor... factors) {
    return new Agreement(id, kind, parties, markets, null, null, 0, false, 0, List.of(), 0, false, false, false, null,
        List.of(factors), false);
  }

  /** An exclusive pipeline of {@code input} with a known term, 0 months meaning unknown. */
  static Pipeline exclusive(String id, String supplier, String customer, InputKind input, String inputMarket,
      double foreclosed, int months) {
    return new Pipeline(id, null, supplier, customer, input, true, 100, foreclosed, months == 0 ? null : months,
        inputMarket, false);
  }

  /** A pipeline created by an agreement, exclusive or not. */
  static Pipeline pipeline(String id, String agreement, String supplier, String customer, InputKind input,
      boolean exclusive) {
    return new Pipeline(id, agreement, supplier, customer, input, exclusive, 100, 5, 36, null, false);
  }

  /** An exclusive pipeline of indefinite or tacitly renewing term. */
  static Pipeline indefinite(String id, String supplier, String customer, InputKind input) {
    return new Pipeline(id, null, supplier, customer, input, true, 100, 5, null, null, true);
  }

  /** A subsidiary of {@code parent}. */
  static Company subsidiary(String id, String parent) {
    return new Company(id, id, parent, "US", Map.of(), null, 0, false, null, false, null, null, List.of());
  }

  /**
   * A case of these facts. Every company they name is added as {@link Company#named}, unless given
   * in {@code companies} (for a parent link).
   */
  static Case caseOf(String id, List<Market> markets, List<Agreement> agreements, List<Pipeline> pipelines,
      Company... companies) {
    Map<String, Company> all = new LinkedHashMap<>();
    for (Company c : companies) {
      all.put(c.id(), c);
    }
    List<String> named = new ArrayList<>();
    markets.forEach(m -> m.shares().keySet().stream().filter(k -> !k.equals(Market.FRINGE)).forEach(named::add));
    agreements.forEach(a -> named.addAll(a.parties()));
    pipelines.forEach(p -> {
      named.add(p.supplier());
      named.add(p.customer());
    });
    named.forEach(n -> all.putIfAbsent(n, Company.named(n)));
    return new Case(1, id, id, AS_OF, List.of(), "USD", Map.of(), List.copyOf(all.values()), markets, agreements,
        pipelines, List.of(), List.of(), null);
  }
}
