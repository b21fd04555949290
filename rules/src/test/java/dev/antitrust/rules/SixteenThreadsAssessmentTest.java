package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.AgreementKind;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.InformationKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One embedded engine used by 16 threads for 10,000 assessments each gives, case for case, the
 * assessment of a sequential run. The threads start together at a barrier and walk a varied set of
 * small cases each in an order of its own, so at any moment they assess different cases: state
 * shared between sessions or threads (a fact, a global, a cached figure, a reused collection) shows
 * as a concern of one case in another's assessment, or a figure from one in another's finding.
 */
class SixteenThreadsAssessmentTest {
  static final int THREADS = 16;
  /** The figure; the cost of the test is proportional to it. */
  static final int ASSESSMENTS_PER_THREAD = 10_000;

  /** Small cases that raise different concerns with different figures: mergers, stakes, pipelines, chips. */
  static List<Case> cases() {
    // No bundled sample: it costs ten small cases, and small ones catch cross-talk as well.
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int a = 8 + 6 * i;
      int b = 4 + 5 * i;
      cases.add(TestCases.newCase("merger-" + i).market("m", "a", a, "b", b, "c", 100 - a - b - 5, "others", 5)
          .agreement("deal", AgreementKind.MERGER, List.of("a", "b"), List.of("m")).build());
      cases.add(TestCases.newCase("eu-merger-" + i).marketIn("EU", "m", "a", b, "b", a, "others", 30)
          .agreement("deal", AgreementKind.ACQUISITION, List.of("a", "b"), List.of("m")).build());
    }
    for (int i = 0; i < 4; i++) {
      cases.add(TestCases.newCase("pipeline-" + i).market("models", "x", 10 + 10 * i, "y", 30, "others", 20)
          .exclusivePipeline("p", "x", "y", 10 + 15 * i).build());
      cases.add(TestCases.newCase("stake-" + i).market("m", "a", 20 + 5 * i, "b", 25, "others", 30)
          .agreement("stake", AgreementKind.MINORITY_STAKE, List.of("a", "b"), List.of("m"), null, i % 2 == 0,
              i < 2 ? List.of() : List.of(InformationKind.PRICING, InformationKind.ROADMAP))
          .build());
      cases.add(TestCases.newCase("cluster-" + i).gpuCluster("c", "x", 2000 + 3000.0 * i, i % 2 == 0 ? 5.0 : 20.0)
          .build());
    }
    cases.add(TestCases.newCase("old-thresholds").asOf("2019-06-01").market("m", "a", 30, "b", 25, "others", 45)
        .agreement("deal", AgreementKind.MERGER, List.of("a", "b"), List.of("m")).build());
    return cases;
  }

  @Test
  void assess_sixteenThreadsSharingOneEngine_eachCaseAsInASequentialRun() throws Exception {
    List<Case> cases = cases();
    List<Assessment> sequential = cases.stream().map(BuiltInPack::assess).toList();
    Set<List<String>> distinctConcerns = new HashSet<>();
    sequential.forEach(a -> distinctConcerns.add(a.concerns().stream().map(Concern::ruleId).toList()));
    // Cases that all gave the same answer could not show one case's concerns leaking into another's.
    assertThat(distinctConcerns).hasSizeGreaterThan(cases.size() / 2);

    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(pool.submit(walk(thread, cases, sequential, start)));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> f : threads) {
        mismatches.addAll(f.get(30, TimeUnit.MINUTES));
      }
      assertThat(mismatches).as("assessments that differ from the sequential run").isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One thread's run: the cases from its own offset, even threads forwards and odd ones backwards,
   * each result checked against the sequential one. Returns the first few differences.
   */
  private static Callable<List<String>> walk(int thread, List<Case> cases, List<Assessment> sequential,
      CyclicBarrier start) {
    return () -> {
      List<String> mismatches = new ArrayList<>();
      int n = cases.size();
      start.await();
      for (int i = 0; i < ASSESSMENTS_PER_THREAD; i++) {
        int k = Math.floorMod(thread * 3 + (thread % 2 == 0 ? i : -i), n);
        Assessment result = BuiltInPack.assess(cases.get(k));
        if (!result.equals(sequential.get(k)) && mismatches.size() < 3) {
          mismatches.add("thread " + thread + ", assessment " + i + ", case " + cases.get(k).id() + ": "
              + result + " instead of " + sequential.get(k));
        }
      }
      return mismatches;
    };
  }
}
