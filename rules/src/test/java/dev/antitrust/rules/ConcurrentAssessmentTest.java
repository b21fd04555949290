package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One engine shared by 8 threads gives exactly the results of a sequential run. */
class ConcurrentAssessmentTest {

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(BundledCaseTest.sample());
    for (int i = 0; i < 40; i++) {
      double a = 5 + i;
      double b = 3 + (i * 7) % 20;
      cases.add(TestCases.newCase("case-" + i).market("m", "a", a, "b", b, "c", Math.max(0, 100 - a - b - 10))
          .agreement("deal", AgreementKind.MERGER, List.of("a", "b"), List.of("m")).exclusivePipeline("p", "a", "x", i)
          .build());
    }
    return cases;
  }

  @Test
  void assess_eightThreadsSharingOneEngine_sameAsSequential() throws Exception {
    List<Case> cases = cases();
    List<Assessment> sequential = cases.stream().map(BuiltInPack::assess).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<Assessment>> futures = new ArrayList<>();
        for (Case c : cases) {
          futures.add(pool.submit(() -> BuiltInPack.assess(c)));
        }
        List<Assessment> parallel = new ArrayList<>();
        for (Future<Assessment> f : futures) {
          parallel.add(f.get(60, TimeUnit.SECONDS));
        }
        assertThat(parallel).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).anySatisfy(a -> assertThat(a.concerns()).isNotEmpty());
  }
}
