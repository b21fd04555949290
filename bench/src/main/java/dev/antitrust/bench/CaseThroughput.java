package dev.antitrust.bench;

import dev.antitrust.engine.batch.BatchRecords;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cases assessed per second over the generated corpus, at one and two threads: the engine with the
 * full pack, the engine with the subset, and the hand-written subset; and the full pack on the same
 * cases cut to one company each, the floor under every case; and the full pack from JSON Lines record
 * in to JSON record out, as a batch worker runs it. The ratio of the subset engine
 * to the hand-written rules, from one run of this class, is the figure issue 6 asks for.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 2)
public class CaseThroughput {

  @Benchmark
  @Threads(1)
  public Assessment fullPack(BenchStates.FullPack pack, BenchStates.Cases corpus, BenchStates.Cursor cursor) {
    return pack.engine.assess(cursor.next(corpus));
  }

  @Benchmark
  @Threads(2)
  public Assessment fullPack2Threads(BenchStates.FullPack pack, BenchStates.Cases corpus, BenchStates.Cursor cursor) {
    return pack.engine.assess(cursor.next(corpus));
  }

  /**
   * What a batch worker does with a case, warm: the JSON Lines record in, read and checked, assessed
   * by the full pack, and written out as the result record's JSON. No JIT warm-up, file or pipe in it.
   */
  @Benchmark
  @Threads(1)
  public String fullPackJsonLines(BenchStates.FullPack pack, BenchStates.JsonLines corpus, BenchStates.Cursor cursor) {
    return resultRecord(pack, corpus, cursor);
  }

  @Benchmark
  @Threads(2)
  public String fullPackJsonLines2Threads(BenchStates.FullPack pack, BenchStates.JsonLines corpus,
      BenchStates.Cursor cursor) {
    return resultRecord(pack, corpus, cursor);
  }

  private static String resultRecord(BenchStates.FullPack pack, BenchStates.JsonLines corpus, BenchStates.Cursor cursor) {
    int i = cursor.nextLine(corpus);
    return BatchRecords.ofLine(pack.engine, Corpus.LINES_SOURCE, i + 1, corpus.lines.get(i)).json();
  }

  @Benchmark
  @Threads(1)
  public Assessment fullPackOneCompany(BenchStates.FullPack pack, BenchStates.OneCompanyCases corpus,
      BenchStates.Cursor cursor) {
    return pack.engine.assess(cursor.next(corpus));
  }

  @Benchmark
  @Threads(1)
  public Assessment subsetEngine(BenchStates.Subset subset, BenchStates.Cases corpus, BenchStates.Cursor cursor) {
    return subset.engine.assess(cursor.next(corpus));
  }

  @Benchmark
  @Threads(2)
  public Assessment subsetEngine2Threads(BenchStates.Subset subset, BenchStates.Cases corpus, BenchStates.Cursor cursor) {
    return subset.engine.assess(cursor.next(corpus));
  }

  @Benchmark
  @Threads(1)
  public List<Finding> subsetStockStateless(BenchStates.Subset subset, BenchStates.Cases corpus, BenchStates.Cursor cursor) {
    return subset.stock.assess(cursor.next(corpus));
  }

  @Benchmark
  @Threads(1)
  public List<Concern> handWritten(BenchStates.Subset subset, BenchStates.Cases corpus, BenchStates.Cursor cursor) {
    return subset.handWritten.assess(cursor.next(corpus));
  }

  @Benchmark
  @Threads(2)
  public List<Concern> handWritten2Threads(BenchStates.Subset subset, BenchStates.Cases corpus, BenchStates.Cursor cursor) {
    return subset.handWritten.assess(cursor.next(corpus));
  }
}
