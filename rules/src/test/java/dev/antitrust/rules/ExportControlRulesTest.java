package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import org.junit.jupiter.api.Test;

class ExportControlRulesTest {

  private static Case cluster(double tpp, Double density) {
    return TestCases.newCase("chips").gpuCluster("cluster", "owner", tpp, density).build();
  }

  @Test
  void eccn3a090a_tppAt4800_fires() {
    assertThat(Golden.fires("US-EAR-3A090A", cluster(4800, null)).finding()).isEqualTo(
        "cluster: 1,000 X units at TPP 4,800 (≥ 4,800) are 3A090.a items; export, re-export and remote access for D:1/D:4/D:5 need a licence");
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
}
