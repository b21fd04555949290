package dev.antitrust.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

  @Test
  void closest_oneEditAway_isSuggested() {
    assertThat(Spelling.closest("anthropc", List.of("xai", "anthropic"))).contains("anthropic");
  }

  @Test
  void closest_otherCase_isSuggested() {
    assertThat(Spelling.closest("ASOF", List.of("id", "asOf"))).contains("asOf");
  }

  @Test
  void closest_moreThanThreeEdits_isNoSuggestion() {
    assertThat(Spelling.closest("defenseContractr", List.of("defenceContractor", "hq"))).contains("defenceContractor");
    assertThat(Spelling.closest("defenseKontraktr", List.of("defenceContractor"))).isEmpty();
  }

  @Test
  void closest_moreThanHalfTheWordChanged_isNoSuggestion() {
    assertThat(Spelling.closest("xyz", List.of("xai"))).isEmpty();
    assertThat(Spelling.closest("z", List.of("a"))).isEmpty();
  }

  @Test
  void closest_tie_goesToTheFirstCandidate() {
    assertThat(Spelling.closest("ab", List.of("ac", "ad"))).contains("ac");
  }

  @Test
  void didYouMean_noCandidates_isEmpty() {
    assertThat(Spelling.didYouMean("anything", List.of())).isEmpty();
    assertThat(Spelling.didYouMean("titel", List.of("title"))).isEqualTo(" (did you mean 'title'?)");
  }
}
