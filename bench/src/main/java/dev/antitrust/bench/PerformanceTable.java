package dev.antitrust.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Prints the performance table of the README from one run of {@code bench/run}: the JMH results
 * (JSON) and the figures the script measured around the command line (a properties file).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.antitrust.bench.PerformanceTable jmh.json
 * measures.properties}
 */
public final class PerformanceTable {
  private static final String PREFIX = "dev.antitrust.bench.";

  private final Map<String, JsonNode> results = new HashMap<>();
  private final Properties measures;
  private final List<String> rows = new ArrayList<>();

  private PerformanceTable(JsonNode jmh, Properties measures) {
    jmh.forEach(r -> results.put(r.get("benchmark").asText().replace(PREFIX, ""), r));
    this.measures = measures;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PerformanceTable JMH_RESULTS.json MEASURES.properties");
      System.exit(2);
    }
    JsonNode jmh = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Properties measures = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
      measures.load(in);
    }
    System.out.print(new PerformanceTable(jmh, measures).render());
  }

  private String render() {
    coldStart();
    jmhFigures();
    batch();
    row("Machine", measures.getProperty("machine.cores", "?") + " cores (" + measures.getProperty("machine.cpu", "?")
        + "), " + measures.getProperty("machine.jdk", "?") + "; load average " + measures.getProperty("load.before", "?")
        + " before, " + measures.getProperty("load.after", "?") + " after", "`nproc`, `java -version`, `/proc/loadavg`");
    StringBuilder out = new StringBuilder("| measure | figure | command |\n|---|---|---|\n");
    rows.forEach(r -> out.append(r).append('\n'));
    return out.toString();
  }

  private void coldStart() {
    long[] runs = measures.containsKey("cold.runs") ? parse(measures.getProperty("cold.runs")) : new long[0];
    if (runs.length > 0) {
      long[] cold = runs.clone();
      Arrays.sort(cold);
      row("Cold start, bundled case", "median " + ms(median(cold)) + " (first run " + ms(runs[0]) + ", min "
          + ms(cold[0]) + ", max " + ms(cold[cold.length - 1]) + "; " + cold.length + " runs)",
          "`./antitrust assess` (the launcher: class-data archive, quick compiler)");
    }
    long[] edited = measures.containsKey("edited.runs") ? parse(measures.getProperty("edited.runs")) : new long[0];
    if (edited.length > 1) {
      long[] later = Arrays.copyOfRange(edited, 1, edited.length);
      Arrays.sort(later);
      row("Cold start, edited rule folder", "first run " + ms(edited[0]) + "; runs 2–" + edited.length + " median "
          + ms(median(later)), "`./antitrust assess --rules DIR` (DIR: `rules export`, one threshold and one rule edited; its own rule cache)");
    }
  }

  private void jmhFigures() {
    JsonNode full = results.get("RulePackBuild.fullPack");
    JsonNode subset = results.get("RulePackBuild.subsetPack");
    if (full != null && subset != null) {
      row("Rule-pack build in a fresh JVM", "full pack " + ms(score(full)) + ", subset " + ms(score(subset))
          + " (mean of " + full.get("forks").asInt() + (full.get("forks").asInt() == 1 ? " fork)" : " forks)"), "JMH `RulePackBuild`: `RiskEngine.builder().build()`, single shot");
    }
    JsonNode latency = results.get("CaseLatency.fullPack");
    if (latency != null) {
      JsonNode p = latency.get("primaryMetric").get("scorePercentiles");
      row("Warm latency per case, full pack", "p50 " + micros(p.get("50.0").asDouble()) + ", p99 "
          + micros(p.get("99.0").asDouble()), "JMH `CaseLatency.fullPack` (sample time, 1 thread)");
    }
    throughput("full pack", "fullPack");
    throughput("full pack from JSON Lines record to JSON record (a batch worker's work, warm)", "fullPackJsonLines");
    JsonNode floor = results.get("CaseThroughput.fullPackOneCompany");
    if (floor != null) {
      row("Floor: full pack on a case of one company", perSecond(floor) + " at 1 thread, "
          + micros(1e6 / score(floor)) + " per case",
          "JMH `CaseThroughput.fullPackOneCompany`: the same cases cut to their first company");
    }
    throughput("engine with the subset", "subsetEngine");
    throughput("hand-written subset", "handWritten");
    ratio("Engine ÷ hand-written, subset (same run)", "subsetEngine");
    ratio("Full pack ÷ hand-written subset (same run)", "fullPack");
    JsonNode stock = results.get("CaseThroughput.subsetStockStateless");
    JsonNode subsetEngine = results.get("CaseThroughput.subsetEngine");
    if (stock != null && subsetEngine != null) {
      row("Subset in a stock stateless session", perSecond(stock) + " at 1 thread; the engine runs the subset "
          + String.format(Locale.ROOT, "%.1f", score(subsetEngine) / score(stock)) + " times as fast",
          "JMH `CaseThroughput.subsetStockStateless`: `KieHelper`, a new `StatelessKieSession` per case");
    }
    alternatedPasses();
    List<String> allocation = new ArrayList<>();
    for (String[] b : new String[][] {{"full pack", "fullPack"}, {"subset engine", "subsetEngine"},
        {"hand-written", "handWritten"}}) {
      JsonNode r = results.get("CaseThroughput." + b[1]);
      Double bytes = r == null ? null : secondary(r, "gc.alloc.rate.norm");
      if (bytes != null) {
        allocation.add(b[0] + " " + String.format(Locale.ROOT, "%,.0f KB", bytes / 1024));
      }
    }
    if (!allocation.isEmpty()) {
      row("Allocated per case", String.join(", ", allocation), "JMH `-prof gc`: `gc.alloc.rate.norm`, 1 thread");
    }
  }

  /** The subset in one JVM, four ways in turn, by CPU time: see {@link AlternatedPasses}. */
  private void alternatedPasses() {
    String engine = measures.getProperty("alternated.engine.best.us");
    String stock = measures.getProperty("alternated.stock.best.us");
    String hand = measures.getProperty("alternated.hand.best.us");
    if (engine == null || stock == null || hand == null) {
      return;
    }
    double e = Double.parseDouble(engine);
    double s = Double.parseDouble(stock);
    double h = Double.parseDouble(hand);
    double eMean = Double.parseDouble(measures.getProperty("alternated.engine.mean.us"));
    double sMean = Double.parseDouble(measures.getProperty("alternated.stock.mean.us"));
    double hMean = Double.parseDouble(measures.getProperty("alternated.hand.mean.us"));
    String figure = String.format(Locale.ROOT, "engine %s, stock stateless session %s, hand-written %s: the stock"
        + " session costs %.2f times the engine (%.2f on the means), the engine %.2f of hand-written speed (%.2f)",
        micros(e), micros(s), micros(h), s / e, sMean / eMean, h / e, hMean / eMean);
    String floor = measures.getProperty("alternated.floor.best.us");
    if (floor != null) {
      double f = Double.parseDouble(floor);
      figure += String.format(Locale.ROOT, "; the engine on the same cases cut to their first company (its floor) %s,"
          + " %.1f times the hand-written rules on a whole case", micros(f), f / h);
    }
    row("Subset in one JVM, in turn: CPU per case (best of " + measures.getProperty("alternated.passes", "?")
        + " passes)", figure,
        "`java -cp bench/target/benchmarks.jar dev.antitrust.bench.AlternatedPasses`: thread CPU time, the four"
            + " in turn over the " + measures.getProperty("alternated.cases", "?") + " cases, first half of the passes warm-up");
  }

  private void throughput(String what, String name) {
    JsonNode one = results.get("CaseThroughput." + name);
    JsonNode two = results.get("CaseThroughput." + name + "2Threads");
    if (one == null || two == null) {
      return;
    }
    row("Throughput, " + what, "1 thread " + perSecond(one) + "; 2 threads " + perSecond(two) + " (×"
        + String.format(Locale.ROOT, "%.2f", score(two) / score(one)) + ")",
        "JMH `CaseThroughput." + name + "`, `" + name + "2Threads`; " + BenchStates.CORPUS_CASES + " generated cases");
  }

  private void ratio(String label, String engine) {
    JsonNode hand1 = results.get("CaseThroughput.handWritten");
    JsonNode hand2 = results.get("CaseThroughput.handWritten2Threads");
    JsonNode eng1 = results.get("CaseThroughput." + engine);
    JsonNode eng2 = results.get("CaseThroughput." + engine + "2Threads");
    if (hand1 == null || hand2 == null || eng1 == null || eng2 == null) {
      return;
    }
    row(label, String.format(Locale.ROOT, "%.2f at 1 thread, %.2f at 2 threads", score(eng1) / score(hand1),
        score(eng2) / score(hand2)), "the throughput rows above");
  }

  private void batch() {
    List<String> runs = new ArrayList<>();
    for (String prefix : new String[] {"batch.small", "batch"}) {
      String cases = measures.getProperty(prefix + ".cases");
      if (cases == null) {
        continue;
      }
      long n = Long.parseLong(cases);
      long millis = Long.parseLong(measures.getProperty(prefix + ".ms"));
      String run = String.format(Locale.ROOT, "%,d cases in %s (%,.0f cases/s)", n, ms(millis), n * 1000.0 / millis);
      String rss = measures.getProperty(prefix + ".rss.kb", "");
      runs.add(rss.isBlank() ? run : run + String.format(Locale.ROOT, ", peak RSS %,d MiB", Long.parseLong(rss) / 1024));
    }
    if (!runs.isEmpty()) {
      row("Batch end to end, 2 threads", String.join("; ", runs),
          "`/usr/bin/time -v ./antitrust batch corpus.jsonl --out r.jsonl --threads 2` (the launcher; corpus from `generate --cases N`)");
    }
  }

  private void row(String measure, String figure, String command) {
    rows.add("| " + measure + " | " + figure + " | " + command + " |");
  }

  private static long[] parse(String list) {
    return Arrays.stream(list.trim().split("[,\\s]+")).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
  }

  /** The median of sorted values; the mean of the middle two for an even count. */
  static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double score(JsonNode result) {
    return result.get("primaryMetric").get("score").asDouble();
  }

  private static String perSecond(JsonNode result) {
    JsonNode m = result.get("primaryMetric");
    double error = m.get("scoreError").asDouble(Double.NaN);
    // JMH gives no error bar for fewer than three iterations (the quick run).
    return Double.isFinite(error)
        ? String.format(Locale.ROOT, "%,.0f ± %,.0f cases/s", m.get("score").asDouble(), error)
        : String.format(Locale.ROOT, "%,.0f cases/s", m.get("score").asDouble());
  }

  private static Double secondary(JsonNode result, String suffix) {
    JsonNode metrics = result.get("secondaryMetrics");
    if (metrics == null) {
      return null;
    }
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) metrics::fields) {
      if (e.getKey().endsWith(suffix)) {
        return e.getValue().get("score").asDouble();
      }
    }
    return null;
  }

  private static String ms(double millis) {
    return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000) : String.format(Locale.ROOT, "%.0f ms", millis);
  }

  private static String micros(double us) {
    return us >= 1000 ? String.format(Locale.ROOT, "%.2f ms", us / 1000) : String.format(Locale.ROOT, "%.0f µs", us);
  }
}
