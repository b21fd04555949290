package dev.antitrust.rules;

import static dev.antitrust.model.AgreementKind.ACQUISITION;
import static dev.antitrust.model.AgreementKind.MINORITY_STAKE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Case;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilingRulesTest {

  private static Case deal(String asOf, AgreementKind kind, double value, boolean voting, double acquirerSize, double targetSize) {
    return TestCases.newCase("hsr").asOf(asOf).company("buyer", null, acquirerSize).company("target", null, targetSize)
        .agreement("deal", kind, List.of("buyer", "target"), List.of(), value, voting, List.of()).build();
  }

  @Test
  void hsrCap2026_justAbove535_5m_fires() {
    assertThat(Golden.fires("US-HSR-SOT-ABOVE-CAP", deal("2026-05-06", ACQUISITION, 535.6e6, true, 0, 0)).finding())
        .isEqualTo("deal is valued at $535.6m (> $535.5m): an HSR filing and waiting period apply unless an exemption does");
  }

  @Test
  void hsrCap2026_at535_5m_silent() {
    Golden.silent(deal("2026-05-06", ACQUISITION, 535.5e6, true, 0, 0), "US-HSR-SOT-ABOVE-CAP");
  }

  @Test
  void hsrCap_2025ThresholdAppliesBefore17Feb2026() {
    // $520m is above the 2025 cap ($505.8m) but below the 2026 cap ($535.5m).
    Golden.fires("US-HSR-SOT-ABOVE-CAP", deal("2026-02-16", ACQUISITION, 520e6, true, 0, 0));
    Golden.silent(deal("2026-02-17", ACQUISITION, 520e6, true, 0, 0), "US-HSR-SOT-ABOVE-CAP");
  }

  @Test
  void hsrSizeOfPerson2026_justAboveSizeOfTransaction_fires() {
    Golden.fires("US-HSR-SOT-SOP", deal("2026-05-06", ACQUISITION, 134e6, true, 267.8e6, 26.8e6));
  }

  @Test
  void hsrSizeOfPerson2026_justBelowSizeOfTransaction_silent() {
    Golden.silent(deal("2026-05-06", ACQUISITION, 133.9e6, true, 267.8e6, 26.8e6), "US-HSR-SOT-SOP");
  }

  @Test
  void hsrSizeOfPerson2026_smallerPartyJustBelow_silent() {
    Golden.silent(deal("2026-05-06", ACQUISITION, 200e6, true, 300e6, 26.7e6), "US-HSR-SOT-SOP");
  }

  @Test
  void hsr_nonVotingMinorityStake_silent() {
    Golden.silent(deal("2026-05-06", MINORITY_STAKE, 3e9, false, 0, 0), "US-HSR-SOT-ABOVE-CAP");
  }

  @Test
  void hsr_votingMinorityStake_fires() {
    Golden.fires("US-HSR-SOT-ABOVE-CAP", deal("2026-05-06", MINORITY_STAKE, 3e9, true, 0, 0));
  }
}
