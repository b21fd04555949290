package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSInputStream;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that dies halfway, after it has written records, is retried, and the output still has each
 * record once and the counts still add up: the failed attempt's file is never committed and its
 * count updates are dropped.
 */
class TaskRetryTest {
  @TempDir
  Path dir;

  @AfterEach
  void restoreFileSystem() {
    Configuration conf = LocalSpark.session().sparkContext().hadoopConfiguration();
    conf.unset("fs.file.impl");
    conf.unset("fs.file.impl.disable.cache");
  }

  @Test
  void taskFailingHalfway_isRetried_withoutDuplicateRecords() throws IOException {
    Path file = Corpus.generate(dir, "flaky-cases.jsonl", 300, 11, 5);
    Path batch = dir.resolve("batch.jsonl");
    assertThat(Corpus.antitrust("batch", file.toString(), "--out", batch.toString(), "--quiet").exitCode()).isEqualTo(2);

    Configuration conf = LocalSpark.session().sparkContext().hadoopConfiguration();
    conf.set("fs.file.impl", FailingOnce.class.getName());
    conf.set("fs.file.impl.disable.cache", "true");
    FailingOnce.FAILURES.set(0);
    RulePackShipment.Driver pack = RulePackShipment.prepare(List.of(), false, Optional.empty());
    ExecutorEngines.seed(pack);
    Path out = dir.resolve("out");
    SparkBatch.Result result = SparkBatch.run(LocalSpark.session(), pack.shipment(),
        InputFiles.local(List.of(file.toString())), out.toUri().toString(), SparkBatch.OutputFormat.JSONL,
        OptionalInt.of(4));
    restoreFileSystem();

    Path joined = dir.resolve("spark.jsonl");
    PartFiles.of(out).writeTo(joined);
    assertThat(FailingOnce.FAILURES.get()).as("injected task failures").isPositive();
    assertThat(Files.readString(joined)).isEqualTo(Files.readString(batch));
    assertThat(result.counts().inputs()).isEqualTo(300);
    assertThat(result.counts().results() + result.counts().errors()).isEqualTo(300);
  }

  /**
   * The local file system, except that the first attempt of partition 1 of every job loses its
   * input stream a third of the way into the split's file.
   */
  public static final class FailingOnce extends LocalFileSystem {
    static final AtomicInteger FAILURES = new AtomicInteger();

    @Override
    public FSDataInputStream open(org.apache.hadoop.fs.Path f, int bufferSize) throws IOException {
      FSDataInputStream in = super.open(f, bufferSize);
      TaskContext task = TaskContext.get();
      if (task == null || task.partitionId() != 1 || task.attemptNumber() != 0
          || !f.getName().equals("flaky-cases.jsonl")) {
        return in;
      }
      long failAt = getFileStatus(f).getLen() / 3;
      return new FSDataInputStream(new Breaking(in, failAt));
    }
  }

  /** Reads through, until the position passes {@code failAt}. */
  private static final class Breaking extends FSInputStream {
    private final FSDataInputStream in;
    private final long failAt;

    Breaking(FSDataInputStream in, long failAt) {
      this.in = in;
      this.failAt = failAt;
    }

    private void check() throws IOException {
      if (in.getPos() > failAt) {
        FailingOnce.FAILURES.incrementAndGet();
        throw new IOException("injected: the disk went away");
      }
    }

    @Override
    public int read() throws IOException {
      check();
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      return in.read(b, off, (int) Math.min(len, Math.max(1, failAt + 1 - in.getPos())));
    }

    @Override
    public void seek(long pos) throws IOException {
      in.seek(pos);
    }

    @Override
    public long getPos() throws IOException {
      return in.getPos();
    }

    @Override
    public boolean seekToNewSource(long targetPos) {
      return false;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
