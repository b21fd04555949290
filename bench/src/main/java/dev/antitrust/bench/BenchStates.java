package dev.antitrust.bench;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.batch.BatchRecord;
import dev.antitrust.engine.batch.BatchRecords;
import dev.antitrust.model.Case;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the benchmarks share, built once per fork and only for the benchmarks that use it: the
 * corpus, the engine with the full built-in pack, and the subset engine with its hand-written twin.
 */
public final class BenchStates {
  /** Cases per corpus: enough that no single case dominates, few enough to generate in a second. */
  static final int CORPUS_CASES = 2_000;

  private BenchStates() {}

  /** The generated corpus (default seed): its JSON Lines records, and the cases they hold. */
  @State(Scope.Benchmark)
  public static class Cases {
    List<String> lines;
    List<Case> cases;

    @Setup
    public void generate() {
      lines = Corpus.generatedLines(CORPUS_CASES, Corpus.DEFAULT_SEED);
      cases = Corpus.parsed(lines);
    }
  }

  /**
   * The corpus's records as bytes, the way a batch worker gets them from its reader. Setup checks
   * that each one makes a result record, so the benchmark never measures the error path.
   */
  @State(Scope.Benchmark)
  public static class JsonLines {
    List<byte[]> lines;

    @Setup
    public void encode(FullPack pack, Cases corpus) {
      lines = corpus.lines.stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
      for (int i = 0; i < lines.size(); i++) {
        BatchRecord record = BatchRecords.ofLine(pack.engine, Corpus.LINES_SOURCE, i + 1, lines.get(i));
        if (record.isError()) {
          throw new IllegalStateException("the generated record at line " + (i + 1) + " is an error: "
              + record.error().messages());
        }
      }
    }
  }

  /**
   * The same cases cut down to their first company, nothing else: what a case costs the full pack
   * whatever it holds (resetting the session, inserting the thresholds in force, the rules that fire
   * on any company).
   */
  @State(Scope.Benchmark)
  public static class OneCompanyCases {
    List<Case> cases;

    @Setup
    public void cut(Cases corpus) {
      cases = corpus.cases.stream()
          .map(c -> new Case(c.schemaVersion(), c.id(), c.title(), c.asOf(), c.jurisdictions(), c.currency(), c.fx(),
              c.companies().subList(0, 1), List.of(), List.of(), List.of(), List.of(), List.of(), c.notes()))
          .toList();
    }
  }

  /** The engine with the whole built-in pack, as {@code antitrust assess} builds it. */
  @State(Scope.Benchmark)
  public static class FullPack {
    RiskEngine engine;

    @Setup
    public void build() {
      engine = RiskEngine.builder().build();
    }
  }

  /**
   * The subset engine, the hand-written rules and a stock stateless session over the same folder.
   * Setup checks that all three give the same concerns (the stock session: the same sentences) on
   * every case of the corpus, so a ratio is never taken between different work.
   */
  @State(Scope.Benchmark)
  public static class Subset {
    RiskEngine engine;
    HandWrittenRules handWritten;
    StockStatelessSession stock;

    @Setup
    public void build(Cases corpus) {
      Path folder = SubsetPack.writeTemporary();
      engine = SubsetPack.engine(folder);
      handWritten = new HandWrittenRules(folder, engine.rules());
      stock = new StockStatelessSession(folder, engine);
      List<String> differences = new ArrayList<>();
      for (Case c : corpus.cases) {
        List<Concern> concerns = engine.assess(c).concerns();
        differences.addAll(ConcernComparison.differences(c.id(), concerns, handWritten.assess(c)));
        // The stock session raises the same sentences (the engine merges repeats, so as sets), and
        // more where the case reports on some jurisdictions only, since it does not filter them.
        Set<String> stockTexts = stock.assess(c).stream().map(Finding::text).collect(Collectors.toSet());
        Set<String> engineTexts = concerns.stream().map(Concern::finding).collect(Collectors.toSet());
        if (c.jurisdictions().isEmpty() ? !stockTexts.equals(engineTexts) : !stockTexts.containsAll(engineTexts)) {
          differences.add(c.id() + ": the stock stateless session raised " + stockTexts + ", the engine " + engineTexts);
        }
      }
      if (!differences.isEmpty()) {
        throw new IllegalStateException(differences.size() + " differences between the engine and the hand-written rules,"
            + " first: " + differences.get(0));
      }
    }
  }

  /** Each thread walks the corpus from its own random start. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    @Setup
    public void start(Cases corpus) {
      next = ThreadLocalRandom.current().nextInt(corpus.cases.size());
    }

    Case next(Cases corpus) {
      return next(corpus.cases);
    }

    Case next(OneCompanyCases corpus) {
      return next(corpus.cases);
    }

    /** The 0-based index of the next record. */
    int nextLine(JsonLines corpus) {
      return nextIndex(corpus.lines.size());
    }

    private Case next(List<Case> cases) {
      return cases.get(nextIndex(cases.size()));
    }

    private int nextIndex(int size) {
      int index = next % size;
      next = next + 1 >= size ? 0 : next + 1;
      return index;
    }
  }
}
