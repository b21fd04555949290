package dev.antitrust.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Case;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AlternatedPassesTest {

  @Test
  void measure_everyWayRunsEveryCaseEachPass_inATurningOrder() {
    List<Case> cases = Corpus.generated(5, Corpus.DEFAULT_SEED);
    List<String> calls = new ArrayList<>();
    List<Consumer<Case>> ways = List.of(c -> calls.add("a:" + c.id()), c -> calls.add("b:" + c.id()),
        c -> calls.add("c:" + c.id()));

    double[][] micros = AlternatedPasses.measure(ways, cases, 3);

    assertThat(micros).hasNumberOfRows(3);
    for (double[] way : micros) {
      assertThat(way).hasSize(3);
      assertThat(Arrays.stream(way).min().orElseThrow()).isNotNegative();
    }
    assertThat(calls).hasSize(3 * 3 * cases.size());
    // Which way opens each pass: a, then b, then c.
    assertThat(List.of(calls.get(0), calls.get(15), calls.get(30)))
        .containsExactly("a:" + cases.get(0).id(), "b:" + cases.get(0).id(), "c:" + cases.get(0).id());
  }
}
