package dev.antitrust.bench;

import dev.antitrust.model.Company;
import dev.antitrust.model.Finding;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.Threshold;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code export/ear-advanced-computing.drl} in plain Java: one pass over the classified hardware. */
final class ExportControlRules {
  private static final List<String> LICENSED_DESTINATIONS = List.of("us.ear.country-group.d1",
      "us.ear.country-group.d4", "us.ear.country-group.d5", "us.ear.macau");
  private static final List<String> D5_AND_MACAU = List.of("us.ear.country-group.d5", "us.ear.macau");

  private ExportControlRules() {}

  static void raise(CaseFacts f, List<HandWrittenRules.Raised> out) {
    for (HardwareAsset h : f.hardware.values()) {
      String eccn = f.chipClass.get(h.id());
      if (eccn == null) {
        continue;
      }
      if (eccn.equals(CaseFacts.ECCN_3A090A)) {
        classA(f, h, out);
      } else {
        classB(f, h, out);
      }
      if (f.is4A090(h)) {
        out.add(new HandWrittenRules.Raised("US-EAR-4A090",
            Finding.of("%s: a %s of %,d %s units classified %s is a 4A090 computer, and the licence requirements of its chips apply to it as a whole",
                    h.id(), h.kind().wireName(), h.units(), chipOf(h), eccn)
                .about(h.id(), h.owner())
                .figure("units", h.units())
                .figure("tppPerUnit", h.tpp())));
      }
      location(f, h, eccn, out);
      headquarters(f, h, eccn, out);
      caseByCase(f, h, eccn, out);
      tier2Cap(f, h, out);
    }
  }

  private static void classA(CaseFacts f, HardwareAsset h, List<HandWrittenRules.Raised> out) {
    Threshold tpp = f.threshold("us.ear.3a090a.tpp");
    Threshold tppLow = f.threshold("us.ear.3a090a.tpp-with-density");
    Threshold density = f.threshold("us.ear.3a090a.performance-density");
    boolean byTpp = h.tpp() >= tpp.value();
    String test = byTpp
        ? Finding.phrase("TPP %,.0f (≥ %,.0f)", h.tpp(), tpp.value())
        : Finding.phrase("TPP %,.0f (≥ %,.0f) and performance density %.2f (≥ %.2f)",
            h.tpp(), tppLow.value(), h.density(), density.value());
    Finding finding = Finding.of("%s: %,d %s units at %s are 3A090.a items; exports, re-exports and transfers to D:1/D:4/D:5 and Macau need a licence",
            h.id(), h.units(), chipOf(h), test)
        .about(h.id(), h.owner())
        .figure("tppPerUnit", h.tpp())
        .figure("units", h.units());
    out.add(new HandWrittenRules.Raised("US-EAR-3A090A", byTpp ? finding.crossed(tpp, h.tpp())
        : finding.crossed(tppLow, h.tpp()).crossed(density, h.density()).figure("performanceDensity", h.density())));
  }

  private static void classB(CaseFacts f, HardwareAsset h, List<HandWrittenRules.Raised> out) {
    Threshold bTpp = f.threshold("us.ear.3a090b.tpp");
    Threshold bDensity = f.threshold("us.ear.3a090b.performance-density");
    Threshold hiTpp = f.threshold("us.ear.3a090b.tpp-with-high-density");
    Threshold hiDensity = f.threshold("us.ear.3a090b.high-density");
    boolean firstBranch = h.tpp() >= bTpp.value() && h.density() >= bDensity.value();
    Threshold tppBar = firstBranch ? bTpp : hiTpp;
    Threshold densityBar = firstBranch ? bDensity : hiDensity;
    out.add(new HandWrittenRules.Raised("US-EAR-3A090B",
        Finding.of("%s: %,d %s units at TPP %,.0f (≥ %,.0f) and performance density %.2f (≥ %.2f) are 3A090.b items; exports to D:1/D:4/D:5 and Macau need a licence or a notified-advanced-computing clearance",
                h.id(), h.units(), chipOf(h), h.tpp(), tppBar.value(), h.density(), densityBar.value())
            .about(h.id(), h.owner())
            .crossed(tppBar, h.tpp())
            .crossed(densityBar, h.density())
            .figure("tppPerUnit", h.tpp())
            .figure("performanceDensity", h.density())
            .figure("units", h.units())));
  }

  private static void location(CaseFacts f, HardwareAsset h, String eccn, List<HandWrittenRules.Raised> out) {
    Set<String> countries = new TreeSet<>();
    for (String list : LICENSED_DESTINATIONS) {
      for (String country : f.list(list)) {
        if (h.locations().contains(country)) {
          countries.add(country);
        }
      }
    }
    if (!countries.isEmpty()) {
      out.add(new HandWrittenRules.Raised("US-EAR-744.23-LOCATION",
          Finding.of("%s: %,d %s units classified %s are located in %s, a Country Group D:1/D:4/D:5 destination or Macau: getting them there needed a BIS licence, which the case must show",
                  h.id(), h.units(), chipOf(h), eccn, String.join(", ", countries))
              .about(h.id(), h.owner())
              .figure("units", h.units())
              .figure("tppPerUnit", h.tpp())));
    }
  }

  private static void headquarters(CaseFacts f, HardwareAsset h, String eccn, List<HandWrittenRules.Raised> out) {
    Set<String> companies = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    for (Company c : f.theCase.companies()) {
      if (!c.id().equals(h.owner()) && !h.accessibleBy().contains(c.id())) {
        continue;
      }
      Company head = f.companies.get(f.groupOf.get(c.id()));
      if (head == null) {
        continue;
      }
      for (String list : D5_AND_MACAU) {
        for (String country : f.list(list)) {
          if (country.equals(c.hq()) || country.equals(head.hq())) {
            companies.add(c.id());
            names.add(c.name());
            countries.add(country);
          }
        }
      }
    }
    if (!companies.isEmpty()) {
      out.add(new HandWrittenRules.Raised("US-EAR-744.23-HQ",
          Finding.of("%s: %,d %s units classified %s are held by or accessible to %s, headquartered or ultimately owned in %s: export, re-export or transfer to them needs a BIS licence",
                  h.id(), h.units(), chipOf(h), eccn, String.join(", ", names), String.join(", ", countries))
              .about(h.id(), h.owner())
              .about(companies.toArray(new String[0]))
              .figure("units", h.units())
              .figure("tppPerUnit", h.tpp())));
    }
  }

  private static void caseByCase(CaseFacts f, HardwareAsset h, String eccn, List<HandWrittenRules.Raised> out) {
    Threshold tpp = f.threshold("us.ear.bis2026.case-by-case.tpp");
    Threshold bandwidth = f.threshold("us.ear.bis2026.case-by-case.dram-bandwidth");
    if (tpp == null || bandwidth == null || h.memoryBandwidth() == null || h.tpp() >= tpp.value()
        || h.memoryBandwidth() >= bandwidth.value()) {
      return;
    }
    Set<String> countries = new TreeSet<>();
    for (String country : f.list("us.ear.bis2026.case-by-case-destinations")) {
      if (h.locations().contains(country)) {
        countries.add(country);
      }
    }
    if (!countries.isEmpty()) {
      out.add(new HandWrittenRules.Raised("US-EAR-BIS26-CN-CASE-BY-CASE",
          Finding.of("%s: %s chips (%s) at TPP %,.0f (< %,.0f) and DRAM bandwidth %,.0f GB/s (< %,.0f GB/s) located in %s: a licence for export from the US is reviewed case by case, a re-export still faces a presumption of denial",
                  h.id(), chipOf(h), eccn, h.tpp(), tpp.value(), h.memoryBandwidth(), bandwidth.value(), String.join(", ", countries))
              .about(h.id(), h.owner())
              .crossed(tpp, h.tpp())
              .crossed(bandwidth, h.memoryBandwidth())
              .figure("tppPerUnit", h.tpp())
              .figure("memoryBandwidth", h.memoryBandwidth())));
    }
  }

  /** Every asset in a Tier 2 country raises the same finding; the ranking keeps one per subject set. */
  private static void tier2Cap(CaseFacts f, HardwareAsset h, List<HandWrittenRules.Raised> out) {
    Threshold cap = f.threshold("us.ear.aid.tier2-country-cap.tpp");
    if (cap == null) {
      return;
    }
    for (String country : h.locations()) {
      if (f.list("us.ear.aid.tier1").contains(country) || f.list("us.ear.country-group.d5").contains(country)
          || f.list("us.ear.macau").contains(country)) {
        continue;
      }
      double total = 0;
      Set<String> assets = new TreeSet<>();
      for (HardwareAsset other : f.hardware.values()) {
        if (f.chipClass.containsKey(other.id()) && other.locations().contains(country)) {
          total += other.tpp() * other.units();
          assets.add(other.id());
        }
      }
      if (total > cap.value()) {
        out.add(new HandWrittenRules.Raised("US-EAR-AID-TIER2-CAP",
            Finding.of("%s: %,.0f TPP of 3A090 compute in %s, a Tier 2 country, exceeds the %,.0f TPP per-country cap of the AI Diffusion Rule, which was rescinded before its compliance date",
                    String.join(", ", assets), total, country, cap.value())
                .about(assets.toArray(new String[0]))
                .crossed(cap, total)
                .figure("totalTpp", total)));
      }
    }
  }

  private static String chipOf(HardwareAsset h) {
    return h.chip() == null ? "chip" : h.chip();
  }
}
