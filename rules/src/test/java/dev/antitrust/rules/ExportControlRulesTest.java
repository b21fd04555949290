package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.antitrust.model.Case;
import dev.antitrust.model.Company;
import dev.antitrust.model.Concern;
import dev.antitrust.model.HardwareAsset;
import dev.antitrust.model.HardwareKind;
import dev.antitrust.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportControlRulesTest {

  private static Case cluster(double tpp, Double density) {
    return TestCases.newCase("chips").gpuCluster("cluster", "owner", tpp, density).build();
  }

  private static Company company(String id, String hq, String parent) {
    return new Company(id, id, parent, hq, Map.of(), null, 0, false, null, false, null, null, List.of());
  }

  private static HardwareAsset asset(String id, String owner, HardwareKind kind, long units, Double tpp, Double density,
      List<String> locations, List<String> accessibleBy, Double memoryBandwidth) {
    return new HardwareAsset(id, owner, kind, units, "X", tpp, density, null, locations, accessibleBy, memoryBandwidth);
  }

  /** A GPU cluster of 1,000 chips owned by "owner" (hq US), located in one country. */
  private static HardwareAsset clusterIn(String country, double tpp, Double density) {
    return asset("cluster", "owner", HardwareKind.GPU_CLUSTER, 1000, tpp, density, List.of(country), List.of(), null);
  }

  private static Case caseOf(String asOf, List<Company> companies, List<HardwareAsset> hardware) {
    List<Company> all = new ArrayList<>(companies);
    hardware.stream().map(HardwareAsset::owner).distinct()
        .filter(owner -> all.stream().noneMatch(c -> c.id().equals(owner)))
        .forEach(owner -> all.add(company(owner, "US", null)));
    return new Case(1, "export", "export", LocalDate.parse(asOf), List.of(), "USD", Map.of(), all, List.of(), List.of(),
        List.of(), hardware, List.of(), null);
  }

  private static Case caseOf(List<Company> companies, HardwareAsset... hardware) {
    return caseOf("2026-05-06", companies, List.of(hardware));
  }

  // ---- 3A090.a -------------------------------------------------------------------------------

  @Test
  void eccn3a090a_tppAt4800_fires() {
    assertThat(Golden.fires("US-EAR-3A090A", cluster(4800, null)).finding()).isEqualTo(
        "cluster: 1,000 X units at TPP 4,800 (≥ 4,800) are 3A090.a items; exports, re-exports and transfers to D:1/D:4/D:5 and Macau need a licence");
  }

  @Test
  void eccn3a090a_tppJustBelow4800WithoutDensity_silent() {
    Golden.silent(cluster(4799, null), "US-EAR-3A090A");
  }

  @Test
  void eccn3a090a_tpp1600WithDensity592_fires() {
    Golden.fires("US-EAR-3A090A", cluster(1600, 5.92));
  }

  @Test
  void eccn3a090a_tpp1600WithDensityJustBelow_silent() {
    Golden.silent(cluster(1600, 5.91), "US-EAR-3A090A");
  }

  @Test
  void eccn3a090a_densityBranch_findingStatesTheTestMet() {
    // 3A090.a(2): TPP 1,600 is below 4,800, so the finding must name the TPP-and-density test.
    Concern c = Golden.fires("US-EAR-3A090A", cluster(1600, 5.92));
    assertThat(c.finding()).startsWith("cluster: 1,000 X units at TPP 1,600 (≥ 1,600) and performance density 5.92 (≥ 5.92) are 3A090.a");
    assertThat(c.thresholds()).containsKeys("us.ear.3a090a.tpp-with-density", "us.ear.3a090a.performance-density");
  }

  // ---- 3A090.b -------------------------------------------------------------------------------

  @Test
  void eccn3a090b_tpp2400WithDensity1_6_fires() {
    // First branch at both lower edges: TPP 2,400 (≥ 2,400) and density 1.6 (≥ 1.6), both below the .a figures.
    assertThat(Golden.fires("US-EAR-3A090B", cluster(2400, 1.6)).finding()).isEqualTo(
        "cluster: 1,000 X units at TPP 2,400 (≥ 2,400) and performance density 1.60 (≥ 1.60) are 3A090.b items;"
            + " exports to D:1/D:4/D:5 and Macau need a licence or a notified-advanced-computing clearance");
  }

  @Test
  void eccn3a090b_tppJustBelow2400WithDensity1_6_silent() {
    // TPP 2,399 misses the first branch; density 1.6 is below the second branch's 3.2.
    Golden.silent(cluster(2399, 1.6), "US-EAR-3A090B");
  }

  @Test
  void eccn3a090b_densityJustBelow1_6_silent() {
    Golden.silent(cluster(3000, 1.59), "US-EAR-3A090B");
  }

  @Test
  void eccn3a090b_tpp1600WithDensity3_2_fires() {
    // Second branch at its lower edges: TPP 1,600 and density 3.2.
    assertThat(Golden.fires("US-EAR-3A090B", cluster(1600, 3.2)).finding())
        .contains("at TPP 1,600 (≥ 1,600) and performance density 3.20 (≥ 3.20) are 3A090.b items");
  }

  @Test
  void eccn3a090b_tpp1600WithDensityJustBelow3_2_silent() {
    Golden.silent(cluster(1600, 3.19), "US-EAR-3A090B");
  }

  @Test
  void eccn3a090b_tppAt4800_isThe_aClassInstead() {
    // 3A090.b covers only ICs not in 3A090.a: TPP 4,800 is .a whatever the density.
    Case c = cluster(4800, 2.0);
    Golden.fires("US-EAR-3A090A", c);
    Golden.silent(c, "US-EAR-3A090B");
  }

  @Test
  void eccn3a090b_densityAt5_92_isThe_aClassInstead() {
    Case c = cluster(2400, 5.92);
    Golden.fires("US-EAR-3A090A", c);
    Golden.silent(c, "US-EAR-3A090B");
  }

  // ---- 4A090 ---------------------------------------------------------------------------------

  @Test
  void eccn4a090_clusterOf3a090Chips_fires() {
    assertThat(Golden.fires("US-EAR-4A090", cluster(4800, null)).finding()).isEqualTo(
        "cluster: a gpu-cluster of 1,000 X units classified 3A090.a is a 4A090 computer, and the licence requirements of its chips apply to it as a whole");
  }

  @Test
  void eccn4a090_clusterOfChipsJustBelow3a090_silent() {
    Golden.silent(cluster(4799, null), "US-EAR-4A090");
  }

  @Test
  void eccn4a090_looseAcceleratorsAreNotAComputer_silent() {
    // The chips alone are 3A090; only a cluster or a data centre is taken as a 4A090 computer.
    Golden.silent(caseOf(List.of(), asset("cards", "owner", HardwareKind.ACCELERATOR, 8, 15832.0, null, List.of("US"),
        List.of(), null)), "US-EAR-4A090");
  }

  // ---- §744.23 destinations ------------------------------------------------------------------

  @Test
  void location_3a090aClusterInChina_fires() {
    Concern c = Golden.fires("US-EAR-744.23-LOCATION", caseOf(List.of(), clusterIn("CN", 4800, null)));
    assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(c.finding()).isEqualTo("cluster: 1,000 X units classified 3A090.a are located in CN, a Country Group"
        + " D:1/D:4/D:5 destination or Macau: getting them there needed a BIS licence, which the case must show");
  }

  @Test
  void location_chipsJustBelow3a090InChina_silent() {
    // TPP 4,799 without a density is no 3A090 item, so the destination does not matter.
    Golden.silent(caseOf(List.of(), clusterIn("CN", 4799, null)), "US-EAR-744.23-LOCATION");
  }

  @Test
  void location_3a090aClusterOutsideTheCountryGroups_silent() {
    Golden.silent(caseOf(List.of(), clusterIn("SG", 15832, null)), "US-EAR-744.23-LOCATION");
  }

  @Test
  void location_3a090bClusterInD4Destination_fires() {
    // The UAE is a D:4 destination; 3A090.b items (TPP 2,400, density 1.6) are covered too.
    assertThat(Golden.fires("US-EAR-744.23-LOCATION", caseOf(List.of(), clusterIn("AE", 2400, 1.6))).finding())
        .contains("classified 3A090.b are located in AE");
  }

  @Test
  void location_3a090aClusterInMacau_fires() {
    Golden.fires("US-EAR-744.23-LOCATION", caseOf(List.of(), clusterIn("MO", 4800, null)));
  }

  // ---- §744.23(a)(3) headquarters ------------------------------------------------------------

  private static HardwareAsset usClusterAccessibleBy(double tpp, String... companies) {
    return asset("cluster", "owner", HardwareKind.GPU_CLUSTER, 1000, tpp, null, List.of("US"), List.of(companies), null);
  }

  @Test
  void headquarters_usClusterAccessibleToChineseCompany_fires() {
    Concern c = Golden.fires("US-EAR-744.23-HQ",
        caseOf(List.of(company("lab", "CN", null)), usClusterAccessibleBy(4800, "lab")));
    assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(c.finding()).isEqualTo("cluster: 1,000 X units classified 3A090.a are held by or accessible to lab,"
        + " headquartered or ultimately owned in CN: export, re-export or transfer to them needs a BIS licence");
    assertThat(c.subjects()).containsExactly("cluster", "owner", "lab");
  }

  @Test
  void headquarters_chipsJustBelow3a090_silent() {
    Golden.silent(caseOf(List.of(company("lab", "CN", null)), usClusterAccessibleBy(4799, "lab")), "US-EAR-744.23-HQ");
  }

  @Test
  void headquarters_subsidiaryInThirdCountryOfAChineseParent_fires() {
    // The subsidiary sits in Singapore, but its ultimate parent is headquartered in China.
    Case c = caseOf(List.of(company("parent", "CN", null), company("sub", "SG", "parent")),
        usClusterAccessibleBy(4800, "sub"));
    assertThat(Golden.fires("US-EAR-744.23-HQ", c).finding()).contains("accessible to sub, headquartered or ultimately owned in CN");
  }

  @Test
  void headquarters_companyFromD1OnlyCountry_silent() {
    // Vietnam is D:1 but not D:5: the headquarters test of §744.23(a)(3) reaches only D:5 and Macau.
    Golden.silent(caseOf(List.of(company("lab", "VN", null)), usClusterAccessibleBy(4800, "lab")), "US-EAR-744.23-HQ");
  }

  @Test
  void headquarters_ownerFromMacau_fires() {
    Case c = caseOf(List.of(company("owner", "MO", null)), usClusterAccessibleBy(4800));
    Golden.fires("US-EAR-744.23-HQ", c);
  }

  // ---- BIS rule of January 2026 --------------------------------------------------------------

  private static Case chinaChips(String asOf, double tpp, Double bandwidth) {
    return caseOf(asOf, List.of(), List.of(asset("h200s", "owner", HardwareKind.ACCELERATOR, 1000, tpp, null,
        List.of("CN"), List.of(), bandwidth)));
  }

  @Test
  void bis2026_justBelowBothCeilingsInChina_fires() {
    Concern c = Golden.fires("US-EAR-BIS26-CN-CASE-BY-CASE", chinaChips("2026-05-06", 20999, 6499.0));
    assertThat(c.finding()).isEqualTo("h200s: X chips (3A090.a) at TPP 20,999 (< 21,000) and DRAM bandwidth 6,499 GB/s"
        + " (< 6,500 GB/s) located in CN: a licence for export from the US is reviewed case by case, a re-export still"
        + " faces a presumption of denial");
  }

  @Test
  void bis2026_tppAt21000_silent() {
    Golden.silent(chinaChips("2026-05-06", 21000, 6499.0), "US-EAR-BIS26-CN-CASE-BY-CASE");
  }

  @Test
  void bis2026_bandwidthAt6500_silent() {
    Golden.silent(chinaChips("2026-05-06", 20999, 6500.0), "US-EAR-BIS26-CN-CASE-BY-CASE");
  }

  @Test
  void bis2026_dayBeforeItTookEffect_silent() {
    Golden.silent(chinaChips("2026-01-14", 20999, 6499.0), "US-EAR-BIS26-CN-CASE-BY-CASE");
  }

  @Test
  void bis2026_onTheDayItTookEffect_fires() {
    Golden.fires("US-EAR-BIS26-CN-CASE-BY-CASE", chinaChips("2026-01-15", 20999, 6499.0));
  }

  @Test
  void bis2026_bandwidthUnknown_silent() {
    Golden.silent(chinaChips("2026-05-06", 15832, null), "US-EAR-BIS26-CN-CASE-BY-CASE");
  }

  // ---- AI Diffusion Rule (rescinded) ---------------------------------------------------------

  private static HardwareAsset h100s(String id, long units, String country) {
    return asset(id, "owner", HardwareKind.GPU_CLUSTER, units, 15800.0, null, List.of(country), List.of(), null);
  }

  @Test
  void diffusionTier2_justAboveTheCapWhileTheRuleStood_fires() {
    // 50,001 × 15,800 = 790,015,800 TPP in the UAE, a Tier 2 country (> 790,000,000).
    Concern c = Golden.fires("US-EAR-AID-TIER2-CAP", caseOf("2025-03-01", List.of(), List.of(h100s("dc", 50001, "AE"))));
    assertThat(c.finding()).isEqualTo("dc: 790,015,800 TPP of 3A090 compute in AE, a Tier 2 country, exceeds the"
        + " 790,000,000 TPP per-country cap of the AI Diffusion Rule, which was rescinded before its compliance date");
    assertThat(c.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void diffusionTier2_exactlyAtTheCap_silent() {
    // 50,000 × 15,800 = 790,000,000: the cap is reached, not exceeded.
    Golden.silent(caseOf("2025-03-01", List.of(), List.of(h100s("dc", 50000, "AE"))), "US-EAR-AID-TIER2-CAP");
  }

  @Test
  void diffusionTier2_dayAfterRescission_silent() {
    Golden.silent(caseOf("2025-05-14", List.of(), List.of(h100s("dc", 50001, "AE"))), "US-EAR-AID-TIER2-CAP");
  }

  @Test
  void diffusionTier2_onTheDayOfRescission_fires() {
    Golden.fires("US-EAR-AID-TIER2-CAP", caseOf("2025-05-13", List.of(), List.of(h100s("dc", 50001, "AE"))));
  }

  @Test
  void diffusionTier2_tier1Country_silent() {
    Golden.silent(caseOf("2025-03-01", List.of(), List.of(h100s("dc", 50001, "FR"))), "US-EAR-AID-TIER2-CAP");
  }

  @Test
  void diffusionTier2_capCountsAllClustersInTheCountry() {
    // Two clusters of 25,001 × 15,800 = 395,015,800 each: 790,031,600 together, one finding about both.
    Case c = caseOf("2025-03-01", List.of(), List.of(h100s("dc1", 25001, "AE"), h100s("dc2", 25001, "AE")));
    Concern concern = Golden.fires("US-EAR-AID-TIER2-CAP", c);
    assertThat(concern.evidence().get("totalTpp")).isCloseTo(790_031_600, within(1e-3));
    assertThat(concern.subjects()).containsExactly("dc1", "dc2");
    assertThat(BuiltInPack.ruleIds(c)).containsOnlyOnce("US-EAR-AID-TIER2-CAP");
  }

  // ---- Space (ITAR / EAR 9x515) --------------------------------------------------------------

  private static HardwareAsset spaceAsset(String id, HardwareKind kind, String owner, String location, String... access) {
    return asset(id, owner, kind, 10, null, null, List.of(location), List.of(access), null);
  }

  @Test
  void satellite_ofAUsCompany_fires() {
    Case c = caseOf(List.of(company("spacex", "US", null)), spaceAsset("sats", HardwareKind.SATELLITE, "spacex", "US"));
    assertThat(Golden.fires("US-SPACE-SATELLITE-XV-9A515", c).finding()).isEqualTo("sats: 10 satellites of spacex are"
        + " spacecraft under USML Category XV or ECCN 9A515 depending on their capability; classify them before any"
        + " foreign party gets access");
  }

  @Test
  void satellite_foreignOwnedAndOutsideTheUs_silent() {
    // No US owner and no US location: nothing ties the satellites to US jurisdiction in the case.
    Case c = caseOf(List.of(company("airbus", "FR", null)), spaceAsset("sats", HardwareKind.SATELLITE, "airbus", "FR"));
    Golden.silent(c, "US-SPACE-SATELLITE-XV-9A515");
  }

  @Test
  void launchVehicle_ofAUsCompany_fires() {
    Case c = caseOf(List.of(company("spacex", "US", null)), spaceAsset("f9", HardwareKind.LAUNCH_VEHICLE, "spacex", "US"));
    assertThat(Golden.fires("US-SPACE-LAUNCH-USML-IV", c).finding()).isEqualTo("f9: 10 launch vehicles of spacex are"
        + " USML Category IV items, and MTCR Category I items with a strong presumption of denial if they can deliver"
        + " 500 kg to 300 km");
  }

  @Test
  void launchVehicle_foreignOwnedAndOutsideTheUs_silent() {
    Case c = caseOf(List.of(company("arianespace", "FR", null)),
        spaceAsset("a6", HardwareKind.LAUNCH_VEHICLE, "arianespace", "FR"));
    Golden.silent(c, "US-SPACE-LAUNCH-USML-IV");
  }

  @Test
  void spaceForeignAccess_usSatellitesAccessibleToAFrenchCompany_fires() {
    Case c = caseOf(List.of(company("spacex", "US", null), company("airbus", "FR", null)),
        spaceAsset("sats", HardwareKind.SATELLITE, "spacex", "US", "airbus"));
    Concern concern = Golden.fires("US-SPACE-FOREIGN-ACCESS", c);
    assertThat(concern.severity()).isEqualTo(Severity.HIGH);
    assertThat(concern.finding()).isEqualTo("sats: 10 satellite items (USML XV or 9A515) of spacex are accessible to"
        + " airbus (FR): access by a foreign company releases controlled items and technical data abroad and needs a"
        + " DDTC or BIS licence or agreement first");
  }

  @Test
  void spaceForeignAccess_accessibleOnlyToUsCompanies_silent() {
    Case c = caseOf(List.of(company("spacex", "US", null), company("nasa-prime", "US", null)),
        spaceAsset("f9", HardwareKind.LAUNCH_VEHICLE, "spacex", "US", "nasa-prime"));
    Golden.silent(c, "US-SPACE-FOREIGN-ACCESS");
  }

  @Test
  void spaceForeignAccess_accessorWithUnknownHeadquarters_silent() {
    Case c = caseOf(List.of(company("spacex", "US", null), company("someone", null, null)),
        spaceAsset("sats", HardwareKind.SATELLITE, "spacex", "US", "someone"));
    Golden.silent(c, "US-SPACE-FOREIGN-ACCESS");
  }

  @Test
  void spaceForeignAccess_launchVehicleAccessibleToForeignCompany_fires() {
    Case c = caseOf(List.of(company("spacex", "US", null), company("oneweb", "GB", null)),
        spaceAsset("f9", HardwareKind.LAUNCH_VEHICLE, "spacex", "US", "oneweb"));
    assertThat(Golden.fires("US-SPACE-FOREIGN-ACCESS", c).finding()).contains("launch-vehicle items (USML IV)");
  }

  // ---- EU Dual-Use Regulation ----------------------------------------------------------------

  @Test
  void eu9a004_satellitesInAMemberState_fires() {
    Case c = caseOf(List.of(company("airbus", "FR", null)), spaceAsset("sats", HardwareKind.SATELLITE, "airbus", "FR"));
    assertThat(Golden.fires("EU-DUALUSE-9A004", c).finding()).isEqualTo("sats: 10 satellite items located in FR are"
        + " Annex I 9A004 items; exporting them from the EU needs an authorisation");
  }

  @Test
  void eu9a004_launchVehiclesInTheUkAfterBrexit_silent() {
    Case c = caseOf(List.of(company("orbex", "GB", null)), spaceAsset("rockets", HardwareKind.LAUNCH_VEHICLE, "orbex", "GB"));
    Golden.silent(c, "EU-DUALUSE-9A004");
  }

  @Test
  void euCategory4_3a090ClusterInAMemberState_fires() {
    assertThat(Golden.fires("EU-DUALUSE-CAT4", caseOf(List.of(), clusterIn("DE", 4800, null))).finding()).isEqualTo(
        "cluster: a gpu-cluster of 1,000 X units at TPP 4,800 located in DE may be an Annex I Category 4 computer or"
            + " nationally controlled under Art. 9; check its classification before exporting it from the EU");
  }

  @Test
  void euCategory4_chipsJustBelow3a090InAMemberState_silent() {
    Golden.silent(caseOf(List.of(), clusterIn("DE", 4799, null)), "EU-DUALUSE-CAT4");
  }

  @Test
  void euCategory4_3a090ClusterOutsideTheEu_silent() {
    Golden.silent(caseOf(List.of(), clusterIn("CH", 4800, null)), "EU-DUALUSE-CAT4");
  }

  // ---- The bundled case ----------------------------------------------------------------------

  @Test
  void bundledCase_colossusInTheUsForAUsCustomer_raisesClassificationOnly() {
    // Colossus 1 sits in the US and only Anthropic (hq US) has access: classification, no licence trigger.
    List<Concern> export = BuiltInPack.assess(BundledCaseTest.sample()).concerns().stream()
        .filter(c -> c.ruleId().startsWith("US-EAR") || c.ruleId().startsWith("US-SPACE") || c.ruleId().startsWith("EU-DUALUSE"))
        .toList();
    assertThat(export).extracting(Concern::ruleId).containsExactlyInAnyOrder("US-EAR-3A090A", "US-EAR-4A090");
    assertThat(export).extracting(Concern::severity).containsOnly(Severity.INFO);
  }
}
