package dev.antitrust.bench;

import dev.antitrust.engine.RiskEngine;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code RiskEngine.builder().build()} in a fresh JVM, as a command-line run pays it: one build per
 * fork, no warm-up, three forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class RulePackBuild {
  private Path subset;

  @Setup
  public void writeSubset() {
    subset = SubsetPack.writeTemporary();
  }

  @Benchmark
  public RiskEngine fullPack() {
    return RiskEngine.builder().build();
  }

  @Benchmark
  public RiskEngine subsetPack() {
    return SubsetPack.engine(subset);
  }
}
