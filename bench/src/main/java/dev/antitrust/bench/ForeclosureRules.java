package dev.antitrust.bench;

import dev.antitrust.model.Company;
import dev.antitrust.model.Finding;
import dev.antitrust.model.Foreclosure;
import dev.antitrust.model.Market;
import dev.antitrust.model.Pipeline;
import dev.antitrust.model.Threshold;
import java.util.List;

/**
 * {@code foreclosure/exclusive-dealing.drl}, {@code eu-vertical-block-exemption.drl} and {@code
 * rival-supply.drl} in plain Java.
 */
final class ForeclosureRules {
  private ForeclosureRules() {}

  static void raise(CaseFacts f, List<HandWrittenRules.Raised> out) {
    for (Foreclosure fc : f.foreclosures) {
      exclusiveDealing(f, fc, out);
    }
    Threshold cap = f.threshold("eu.vber.market-share.cap");
    Threshold maxMonths = f.threshold("eu.vber.non-compete.max-months");
    for (Pipeline p : f.theCase.pipelines()) {
      String gs = f.groupOf.get(p.supplier());
      String gc = f.groupOf.get(p.customer());
      if (!p.exclusive() || gs == null || gc == null || gs.equals(gc)) {
        continue;
      }
      Company supplier = f.companies.get(p.supplier());
      Company customer = f.companies.get(p.customer());
      for (Market m : f.markets.values()) {
        boolean inputMarket = p.inputMarket() == null ? m.input() == p.input() : m.id().equals(p.inputMarket());
        Double held = f.groupShares.get(m.id()).get(gs);
        double supplierShare = held == null ? 0 : held;
        if (cap != null && inputMarket && held != null && supplierShare > cap.value()) {
          out.add(new HandWrittenRules.Raised("EU-VBER-ART3-30",
              Finding.of("%s's group holds %.1f%% of %s (> %.0f%%), so its exclusive %s supply to %s (%s) falls outside the block exemption",
                      supplier.name(), supplierShare, m.name(), cap.value(), p.input().wireName(), customer.name(), p.id())
                  .about(p.id(), supplier.id(), customer.id(), m.id())
                  .crossed(cap, supplierShare)
                  .figure("supplierShare", supplierShare)));
        }
        double customerShare = f.groupShare(m.id(), gc);
        if (supplierShare > 0 && customerShare > 0 && f.reaches(m.id(), "US")) {
          out.add(new HandWrittenRules.Raised("US-RIVAL-EXCLUSIVE-INPUT",
              Finding.of("%s takes %s exclusively from %s (%.0f%% of the supplier's capacity), a rival in %s (%.1f%% vs %.1f%%)",
                      customer.name(), p.input().wireName(), supplier.name(), p.shareOfSupplierCapacity(), m.name(),
                      customerShare, supplierShare)
                  .about(p.id(), supplier.id(), customer.id(), m.id())
                  .figure("supplierShare", supplierShare)
                  .figure("customerShare", customerShare)
                  .figure("shareOfSupplierCapacity", p.shareOfSupplierCapacity())));
        }
      }
      if (maxMonths != null && (p.indefinite() || p.months() > maxMonths.value())) {
        Finding finding = p.indefinite()
            ? Finding.of("the exclusive %s pipeline %s from %s to %s has no end or renews tacitly: as a non-compete on the buyer it is not exempted unless the buyer can effectively renegotiate or terminate it",
                  p.input().wireName(), p.id(), supplier.name(), customer.name())
                .applied(maxMonths)
            : Finding.of("the exclusive %s pipeline %s from %s to %s runs %d months (> %.0f): as a non-compete on the buyer it is not exempted",
                  p.input().wireName(), p.id(), supplier.name(), customer.name(), p.months(), maxMonths.value())
                .crossed(maxMonths, p.months());
        out.add(new HandWrittenRules.Raised("EU-VBER-ART5-NONCOMPETE",
            finding.about(p.id(), supplier.id(), customer.id()).figure("months", p.months())));
      }
    }
  }

  private static void exclusiveDealing(CaseFacts f, Foreclosure fc, List<HandWrittenRules.Raised> out) {
    Threshold liability = f.threshold("us.exclusive-dealing.foreclosure.liability");
    Threshold grey = f.threshold("us.exclusive-dealing.foreclosure.grey-zone");
    Threshold strong = f.threshold("us.mg2023.g5.foreclosure-share");
    Threshold bar = f.threshold("us.sherman2.monopolist-foreclosure");
    Threshold monopoly = f.threshold("us.sherman2.monopoly-share");
    Company firm = f.companies.get(fc.firm());
    String[] pipelines = fc.pipelines().toArray(new String[0]);
    double share = fc.share();
    String input = fc.input().wireName();
    if (liability == null) {
      return;
    }
    if (share >= liability.value() && (strong == null || strong.value() >= share)) {
      out.add(new HandWrittenRules.Raised("US-EXCL-FORECLOSURE-40",
          Finding.of("%s's exclusive %s pipelines tie up %.1f%% of the input market (≥ %.0f%%)",
                  firm.name(), input, share, liability.value())
              .about(firm.id())
              .about(pipelines)
              .crossed(liability, share)
              .figure("foreclosedShare", share)));
    }
    if (grey != null && share >= grey.value() && share < liability.value()) {
      out.add(new HandWrittenRules.Raised("US-EXCL-FORECLOSURE-30",
          Finding.of("%s's exclusive %s pipelines tie up %.1f%% of the input market (≥ %.0f%%, < %.0f%%)",
                  firm.name(), input, share, grey.value(), liability.value())
              .about(firm.id())
              .about(pipelines)
              .crossed(grey, share)
              .figure("foreclosedShare", share)));
    }
    if (strong != null && share > strong.value()) {
      out.add(new HandWrittenRules.Raised("US-EXCL-FORECLOSURE-50",
          Finding.of("%s's exclusive %s pipelines tie up %.1f%% of the input market (> %.0f%%)",
                  firm.name(), input, share, strong.value())
              .about(firm.id())
              .about(pipelines)
              .crossed(strong, share)
              .crossed(liability, share)
              .figure("foreclosedShare", share)));
    }
    if (bar == null || monopoly == null || share < bar.value() || share >= liability.value()) {
      return;
    }
    for (Market m : f.markets.values()) {
      Double held = f.groupShares.get(m.id()).get(fc.firm());
      if (m.input() == fc.input() && held != null && held >= monopoly.value()) {
        out.add(new HandWrittenRules.Raised("US-EXCL-FORECLOSURE-MONOPOLIST",
            Finding.of("%s holds %.1f%% of %s (≥ %.0f%%) and its exclusive %s pipelines tie up %.1f%% of it (≥ %.0f%%, < %.0f%%)",
                    firm.name(), held, m.name(), monopoly.value(), input, share, bar.value(), liability.value())
                .about(firm.id(), m.id())
                .about(pipelines)
                .crossed(bar, share)
                .crossed(monopoly, held)
                .applied(liability)
                .figure("share", held)
                .figure("foreclosedShare", share)));
      }
    }
  }
}
