package dev.antitrust.bench;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Company;
import dev.antitrust.model.Finding;
import dev.antitrust.model.Market;
import dev.antitrust.model.Rivalry;
import java.util.List;

/** {@code coordination/information-exchange.drl} in plain Java: one pass over the rivalries. */
final class InformationExchangeRules {
  private static final String[][] OPEN = {{"US", "US-RIVAL-INFO-EXCHANGE"}, {"EU", "EU-HG23-INFO-EXCHANGE"},
      {"UK", "UK-CA98-CH1-INFO-EXCHANGE"}};
  private static final String[][] CLEAN_TEAM = {{"US", "US-RIVAL-INFO-CLEAN-TEAM"}, {"EU", "EU-HG23-INFO-CLEAN-TEAM"}};

  private InformationExchangeRules() {}

  static void raise(CaseFacts f, List<HandWrittenRules.Raised> out) {
    for (Rivalry r : f.rivalries) {
      Agreement a = f.agreements.get(r.agreement());
      if (a.informationAccess().isEmpty()) {
        continue;
      }
      Company x = f.companies.get(r.partyA());
      Company y = f.companies.get(r.partyB());
      Market m = f.markets.get(r.market());
      String format = a.cleanTeam()
          ? "%s and %s compete in %s (%.1f%% and %.1f%%), and %s gives a clean team access to %s"
          : "%s and %s compete in %s (%.1f%% and %.1f%%), and %s gives access to %s";
      for (String[] rule : a.cleanTeam() ? CLEAN_TEAM : OPEN) {
        if (f.reaches(m.id(), rule[0])) {
          out.add(new HandWrittenRules.Raised(rule[1],
              Finding.of(format, x.name(), y.name(), m.name(), r.shareA(), r.shareB(), a.id(), a.informationAccessText())
                  .about(a.id(), x.id(), y.id(), m.id())
                  .figure("shareA", r.shareA())
                  .figure("shareB", r.shareB())));
        }
      }
    }
  }
}
