package dev.antitrust.bench;

import dev.antitrust.model.Agreement;
import dev.antitrust.model.Finding;
import dev.antitrust.model.Market;
import dev.antitrust.model.MarketConcentration;
import dev.antitrust.model.SpecialFactor;
import dev.antitrust.model.Threshold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code concentration/us-merger-guidelines.drl}, {@code us-2010-horizontal-guidelines.drl} and
 * {@code eu-horizontal-guidelines.drl} in plain Java: one pass over the case's market
 * concentrations.
 */
final class ConcentrationRules {
  private ConcentrationRules() {}

  static void raise(CaseFacts f, List<HandWrittenRules.Raised> out) {
    for (MarketConcentration c : f.concentrations) {
      Market m = f.markets.get(c.market());
      if (f.reaches(m.id(), "US")) {
        us2023(f, c, m, out);
        us2010(f, c, m, out);
      }
      if (f.reaches(m.id(), "EU")) {
        euHorizontal(f, c, m, out);
      }
    }
  }

  private static void us2023(CaseFacts f, MarketConcentration c, Market m, List<HandWrittenRules.Raised> out) {
    Threshold hhi = f.threshold("us.mg2023.hhi.highly-concentrated");
    Threshold delta = f.threshold("us.mg2023.delta-hhi");
    Threshold share = f.threshold("us.mg2023.share");
    if (hhi != null && delta != null && c.postHhi() > hhi.value() && c.deltaHhi() > delta.value()) {
      out.add(new HandWrittenRules.Raised("US-MG23-G1-HHI",
          Finding.of("post-merger HHI %,.0f (> %,.0f) and ΔHHI %,.0f (> %,.0f) in %s",
                  c.postHhi(), hhi.value(), c.deltaHhi(), delta.value(), m.name())
              .about(c.agreement(), m.id())
              .crossed(hhi, c.postHhi())
              .crossed(delta, c.deltaHhi())
              .figure("preHhi", c.preHhi())
              .figure("postHhi", c.postHhi())
              .figure("deltaHhi", c.deltaHhi())));
    }
    if (share != null && delta != null && c.combinedShare() > share.value() && c.deltaHhi() > delta.value()) {
      out.add(new HandWrittenRules.Raised("US-MG23-G1-SHARE",
          Finding.of("merged share %.1f%% (> %.0f%%) and ΔHHI %,.0f (> %,.0f) in %s",
                  c.combinedShare(), share.value(), c.deltaHhi(), delta.value(), m.name())
              .about(c.agreement(), m.id())
              .crossed(share, c.combinedShare())
              .crossed(delta, c.deltaHhi())
              .figure("combinedShare", c.combinedShare())
              .figure("deltaHhi", c.deltaHhi())));
    }
  }

  private static void us2010(CaseFacts f, MarketConcentration c, Market m, List<HandWrittenRules.Raised> out) {
    Threshold moderate = f.threshold("us.hmg2010.hhi.moderately-concentrated");
    Threshold highly = f.threshold("us.hmg2010.hhi.highly-concentrated");
    Threshold delta = f.threshold("us.hmg2010.delta-hhi.concern");
    Threshold presumed = f.threshold("us.hmg2010.delta-hhi.presumption");
    if (highly == null) {
      return;
    }
    if (moderate != null && delta != null && c.postHhi() >= moderate.value() && c.postHhi() <= highly.value()
        && c.deltaHhi() > delta.value()) {
      out.add(new HandWrittenRules.Raised("US-HMG10-MODERATE-DELTA100",
          Finding.of("post-merger HHI %,.0f (moderately concentrated, %,.0f-%,.0f) and ΔHHI %,.0f (> %,.0f) in %s",
                  c.postHhi(), moderate.value(), highly.value(), c.deltaHhi(), delta.value(), m.name())
              .about(c.agreement(), m.id())
              .crossed(moderate, c.postHhi())
              .applied(highly)
              .crossed(delta, c.deltaHhi())
              .figure("postHhi", c.postHhi())
              .figure("deltaHhi", c.deltaHhi())));
    }
    if (delta != null && presumed != null && c.postHhi() > highly.value() && c.deltaHhi() >= delta.value()
        && c.deltaHhi() <= presumed.value()) {
      out.add(new HandWrittenRules.Raised("US-HMG10-HIGH-DELTA100-200",
          Finding.of("post-merger HHI %,.0f (> %,.0f) and ΔHHI %,.0f (%,.0f-%,.0f) in %s",
                  c.postHhi(), highly.value(), c.deltaHhi(), delta.value(), presumed.value(), m.name())
              .about(c.agreement(), m.id())
              .crossed(highly, c.postHhi())
              .crossed(delta, c.deltaHhi())
              .applied(presumed)
              .figure("postHhi", c.postHhi())
              .figure("deltaHhi", c.deltaHhi())));
    }
    if (presumed != null && c.postHhi() > highly.value() && c.deltaHhi() > presumed.value()) {
      out.add(new HandWrittenRules.Raised("US-HMG10-HIGH-DELTA200",
          Finding.of("post-merger HHI %,.0f (> %,.0f) and ΔHHI %,.0f (> %,.0f) in %s: presumed likely to enhance market power under the 2010 Guidelines",
                  c.postHhi(), highly.value(), c.deltaHhi(), presumed.value(), m.name())
              .about(c.agreement(), m.id())
              .crossed(highly, c.postHhi())
              .crossed(presumed, c.deltaHhi())
              .figure("postHhi", c.postHhi())
              .figure("deltaHhi", c.deltaHhi())));
    }
  }

  private static void euHorizontal(CaseFacts f, MarketConcentration c, Market m, List<HandWrittenRules.Raised> out) {
    Threshold low = f.threshold("eu.hmg.hhi.unlikely-below");
    Threshold mid = f.threshold("eu.hmg.hhi.mid-band-top");
    Threshold deltaMid = f.threshold("eu.hmg.delta.mid-band");
    Threshold deltaHi = f.threshold("eu.hmg.delta.high-band");
    Threshold safe = f.threshold("eu.hmg.combined-share.safe");
    Threshold factor = f.threshold("eu.hmg.special-factor.pre-merger-share");
    if (safe != null && c.combinedShare() > safe.value() && c.overlappingParties() >= 2) {
      out.add(new HandWrittenRules.Raised("EU-HMG-P18-SHARE",
          Finding.of("combined share %.1f%% (> %.0f%%) in %s", c.combinedShare(), safe.value(), m.name())
              .about(c.agreement(), m.id())
              .crossed(safe, c.combinedShare())
              .figure("combinedShare", c.combinedShare())));
    }
    if (low == null || mid == null || deltaMid == null || deltaHi == null || c.postHhi() < low.value()) {
      return;
    }
    boolean upperBand = c.postHhi() > mid.value();
    Threshold deltaBar = upperBand ? deltaHi : deltaMid;
    if (c.deltaHhi() >= deltaBar.value()) {
      out.add(new HandWrittenRules.Raised("EU-HMG-P19-20-HHI",
          Finding.of("post-merger HHI %,.0f with ΔHHI %,.0f (≥ %,.0f for that band) in %s",
                  c.postHhi(), c.deltaHhi(), deltaBar.value(), m.name())
              .about(c.agreement(), m.id())
              .crossed(low, c.postHhi())
              .crossed(deltaBar, c.deltaHhi())
              .figure("postHhi", c.postHhi())
              .figure("deltaHhi", c.deltaHhi())));
      return;
    }
    Agreement a = f.agreements.get(c.agreement());
    if (factor == null || (a.specialFactors().isEmpty() && c.largestPartyShare() < factor.value())
        || partyGroups(f, a) < 2) {
      return;
    }
    Finding finding = Finding.of("post-merger HHI %,.0f with ΔHHI %,.0f (< %,.0f) in %s lies in a para 20 safe zone, but special factors apply: %s",
            c.postHhi(), c.deltaHhi(), deltaBar.value(), m.name(), specialFactorsText(a, c, factor.value()))
        .about(a.id(), m.id())
        .applied(low)
        .applied(deltaBar)
        .figure("postHhi", c.postHhi())
        .figure("deltaHhi", c.deltaHhi())
        .figure("largestPartyShare", c.largestPartyShare());
    out.add(new HandWrittenRules.Raised("EU-HMG-P20-SPECIAL-FACTORS",
        c.largestPartyShare() >= factor.value() ? finding.crossed(factor, c.largestPartyShare()) : finding));
  }

  private static int partyGroups(CaseFacts f, Agreement a) {
    Set<String> groups = new HashSet<>();
    for (String party : a.parties()) {
      String g = f.groupOf.get(party);
      if (g != null) {
        groups.add(g);
      }
    }
    return groups.size();
  }

  private static String specialFactorsText(Agreement a, MarketConcentration c, double preMergerBar) {
    List<String> reasons = new ArrayList<>();
    for (SpecialFactor factor : a.specialFactors()) {
      reasons.add(factor.wireName());
    }
    if (c.largestPartyShare() >= preMergerBar) {
      reasons.add(Finding.phrase("a party's pre-merger share of %.1f%% (≥ %.0f%%)", c.largestPartyShare(), preMergerBar));
    }
    return String.join(", ", reasons);
  }
}
