package dev.antitrust.bench;

import dev.antitrust.model.Assessment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** The time one warm {@code assess} call takes with the full pack, sampled: its p50 and p99. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class CaseLatency {

  @Benchmark
  public Assessment fullPack(BenchStates.FullPack pack, BenchStates.Cases corpus, BenchStates.Cursor cursor) {
    return pack.engine.assess(cursor.next(corpus));
  }
}
