package dev.antitrust.bench;

import dev.antitrust.model.Case;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The subset in one JVM, pass by pass in turn over the same corpus: the engine, a stock stateless
 * session, the hand-written rules, and the engine on each case cut down to its first company (its
 * floor: what a Drools session costs whatever the case holds), each pass timed by the thread's CPU
 * time. This machine's speed drifts by up to a third from one minute to the next, and the JMH
 * benchmarks behind a ratio run minutes apart; passes taken in turn see the same machine, and CPU
 * time leaves out other processes' turns on the cores. The first half of the passes warm up the JIT
 * compiler.
 *
 * <p>Prints {@code measures.properties} lines for {@link PerformanceTable}: CPU microseconds per
 * case, best and mean of the measured passes, for {@code engine}, {@code stock}, {@code hand} and
 * {@code floor}.
 * Run by {@code bench/run}; alone: {@code java -cp bench/target/benchmarks.jar
 * dev.antitrust.bench.AlternatedPasses [passes]}.
 */
public final class AlternatedPasses {
  static final String[] NAMES = {"engine", "stock", "hand", "floor"};

  private AlternatedPasses() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    if (passes < 2) {
      throw new IllegalArgumentException("passes must be at least 2, half of them warm-up: " + passes);
    }
    BenchStates.Cases corpus = new BenchStates.Cases();
    corpus.generate();
    BenchStates.Subset subset = new BenchStates.Subset();
    subset.build(corpus); // fails if the three disagree on any case
    BenchStates.OneCompanyCases oneCompany = new BenchStates.OneCompanyCases();
    oneCompany.cut(corpus);
    Map<Case, Case> cutDown = new IdentityHashMap<>();
    for (int i = 0; i < corpus.cases.size(); i++) {
      cutDown.put(corpus.cases.get(i), oneCompany.cases.get(i));
    }
    List<Consumer<Case>> ways = List.of(c -> subset.engine.assess(c), c -> subset.stock.assess(c),
        c -> subset.handWritten.assess(c), c -> subset.engine.assess(cutDown.get(c)));
    double[][] micros = measure(ways, corpus.cases, passes);
    for (int w = 0; w < NAMES.length; w++) {
      double[] measured = Arrays.copyOfRange(micros[w], passes / 2, passes);
      System.out.printf(Locale.US, "alternated.%s.best.us=%.1f%n", NAMES[w], Arrays.stream(measured).min().orElseThrow());
      System.out.printf(Locale.US, "alternated.%s.mean.us=%.1f%n", NAMES[w], Arrays.stream(measured).average().orElseThrow());
    }
    System.out.printf("alternated.passes=%d%nalternated.cases=%d%n", passes - passes / 2, corpus.cases.size());
  }

  /**
   * CPU microseconds per case of each way in each pass; the order of the ways turns from pass to
   * pass, so that none always runs first after another's garbage.
   */
  static double[][] measure(List<Consumer<Case>> ways, List<Case> cases, int passes) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] micros = new double[ways.size()][passes];
    for (int pass = 0; pass < passes; pass++) {
      for (int k = 0; k < ways.size(); k++) {
        int w = (pass + k) % ways.size();
        long start = threads.getCurrentThreadCpuTime();
        cases.forEach(ways.get(w));
        micros[w][pass] = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / cases.size();
      }
    }
    return micros;
  }
}
