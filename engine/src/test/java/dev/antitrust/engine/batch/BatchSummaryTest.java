package dev.antitrust.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
  @Test
  void line_countsEveryInput_inTheSeverityOrderGiven() {
    Map<String, Long> highest = new LinkedHashMap<>();
    highest.put("high", 3L);
    highest.put("medium", 0L);
    highest.put("none", 987L);
    assertThat(BatchSummary.line(1000, 990, 10, 2, highest))
        .isEqualTo("1,000 cases: 990 results, 10 errors (highest concern: 3 high, 987 none); 2 of them internal");
  }

  @Test
  void line_speaksOfOneCaseInTheSingular() {
    assertThat(BatchSummary.line(1, 0, 1, 0, Map.of())).isEqualTo("1 case: 0 results, 1 error");
    assertThat(BatchSummary.line(0, 0, 0, 0, Map.of())).isEqualTo("0 cases: 0 results, 0 errors");
  }
}
