package dev.antitrust.bench;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Company;
import dev.antitrust.model.Finding;
import dev.antitrust.model.Market;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Threshold;
import java.util.List;
import java.util.Map;

/** {@code dominance/eu-article-102.drl} and {@code dominance/us-sherman-act-2.drl} in plain Java. */
final class DominanceRules {
  private DominanceRules() {}

  static void raise(CaseFacts f, List<HandWrittenRules.Raised> out) {
    Threshold presumed = f.threshold("eu.a102.dominance-presumed");
    Threshold unlikely = f.threshold("eu.a102.dominance-unlikely-below");
    Threshold monopoly = f.threshold("us.sherman2.monopoly-share");
    shareScreens(f, presumed, unlikely, out);
    for (Pipeline p : f.theCase.pipelines()) {
      String gs = f.groupOf.get(p.supplier());
      String gc = f.groupOf.get(p.customer());
      if (!p.exclusive() || gs == null || gc == null || gs.equals(gc)) {
        continue;
      }
      Company supplier = f.companies.get(p.supplier());
      Company customer = f.companies.get(p.customer());
      for (Market m : f.markets.values()) {
        Map<String, Double> shares = f.groupShares.get(m.id());
        for (String g : List.of(gs, gc)) {
          Double share = shares.get(g);
          Company firm = f.companies.get(g);
          if (share == null || firm == null || !touches(f, p, m)) {
            continue;
          }
          if (f.reaches(m.id(), "EU")) {
            exclusiveEu(p, m, firm, share, supplier, customer, presumed, unlikely, out);
          }
          if (monopoly != null && share >= monopoly.value() && f.reaches(m.id(), "US")) {
            out.add(new HandWrittenRules.Raised("US-SHERMAN2-MONOPOLY-EXCLUSIVE",
                Finding.of("%s holds %.1f%% of %s (≥ %.0f%%) and its group is party to the exclusive %s pipeline %s from %s to %s",
                        firm.name(), share, m.name(), monopoly.value(), p.input().wireName(), p.id(), supplier.name(),
                        customer.name())
                    .about(firm.id(), m.id(), p.id())
                    .crossed(monopoly, share)
                    .figure("share", share)));
          }
        }
      }
    }
  }

  private static void shareScreens(CaseFacts f, Threshold presumed, Threshold unlikely,
      List<HandWrittenRules.Raised> out) {
    for (Market m : f.markets.values()) {
      if (!f.reaches(m.id(), "EU")) {
        continue;
      }
      f.groupShares.get(m.id()).forEach((g, share) -> {
        Company firm = f.companies.get(g);
        if (firm == null || !f.groupsInAgreements.contains(g) || presumed == null) {
          return;
        }
        if (share >= presumed.value()) {
          out.add(new HandWrittenRules.Raised("EU-A102-DOM-50",
              Finding.of("%s holds %.1f%% of %s (≥ %.0f%%): dominance presumed save in exceptional circumstances",
                      firm.name(), share, m.name(), presumed.value())
                  .about(firm.id(), m.id())
                  .crossed(presumed, share)
                  .figure("share", share)));
        } else if (unlikely != null && share >= unlikely.value()) {
          out.add(new HandWrittenRules.Raised("EU-A102-DOM-40",
              Finding.of("%s holds %.1f%% of %s (≥ %.0f%%, < %.0f%%): dominance possible, depending on rivals and barriers",
                      firm.name(), share, m.name(), unlikely.value(), presumed.value())
                  .about(firm.id(), m.id())
                  .crossed(unlikely, share)
                  .figure("share", share)));
        }
      });
    }
  }

  private static void exclusiveEu(Pipeline p, Market m, Company firm, double share, Company supplier,
      Company customer, Threshold presumed, Threshold unlikely, List<HandWrittenRules.Raised> out) {
    if (presumed == null) {
      return;
    }
    if (share >= presumed.value()) {
      out.add(new HandWrittenRules.Raised("EU-A102-EXCL-DOM-50",
          Finding.of("%s holds %.1f%% of %s (≥ %.0f%%, dominance presumed) and its group is party to the exclusive %s pipeline %s from %s to %s",
                  firm.name(), share, m.name(), presumed.value(), p.input().wireName(), p.id(), supplier.name(), customer.name())
              .about(firm.id(), m.id(), p.id())
              .crossed(presumed, share)
              .figure("share", share)));
    } else if (unlikely != null && share >= unlikely.value()) {
      out.add(new HandWrittenRules.Raised("EU-A102-EXCL-DOM-40",
          Finding.of("%s holds %.1f%% of %s (≥ %.0f%%, < %.0f%%: dominance possible) and its group is party to the exclusive %s pipeline %s from %s to %s",
                  firm.name(), share, m.name(), unlikely.value(), presumed.value(), p.input().wireName(), p.id(),
                  supplier.name(), customer.name())
              .about(firm.id(), m.id(), p.id())
              .crossed(unlikely, share)
              .applied(presumed)
              .figure("share", share)));
    }
  }

  /** The pipeline touches the market: a market of its agreement, or the market of its input. */
  static boolean touches(CaseFacts f, Pipeline p, Market m) {
    Agreement a = p.agreement() == null ? null : f.agreements.get(p.agreement());
    if (a != null && a.markets().contains(m.id())) {
      return true;
    }
    return p.inputMarket() == null ? m.input() == p.input() : m.id().equals(p.inputMarket());
  }
}
