package dev.antitrust.spark;

import dev.antitrust.engine.batch.BatchRecord;
import dev.antitrust.engine.batch.BatchRecords;
import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.model.Problem;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.Tuple2;

/**
 * The Spark job: JSON Lines files in, one record per case out, result or error, in input order and
 * with the bytes {@code antitrust batch} writes.
 *
 * <p>Two passes over the input. The first counts the lines of each split, so that every line knows
 * its number in its file, as error records need ({@code file:line}); it reads the bytes and does no
 * more. The second assesses each line with the executor JVM's engine ({@link ExecutorEngines}) and
 * writes through Spark's output committer: a retried or speculative task writes to its own attempt
 * directory and only one attempt per partition is committed, so no record is written twice, and the
 * tasks have no other side effect. Nothing is shuffled: partitions stay in file and offset order,
 * so the part files, read in name order, are the records in input order.
 */
final class SparkBatch {
  /** No split is smaller than this, so small inputs do not become thousands of tiny tasks. */
  private static final long MIN_SPLIT_BYTES = 1 << 20;
  /** No split is larger than an HDFS block, so large inputs still spread. */
  private static final long MAX_SPLIT_BYTES = 128L << 20;
  /** Splits per core when the caller does not choose: a slow split then holds up a quarter of a core's share. */
  private static final int SPLITS_PER_CORE = 4;

  /** How the records are written. */
  enum OutputFormat {
    /** Text part files, one record per line, each the line {@code antitrust batch} writes. */
    JSONL,
    /** Parquet part files with the fields of the JSON records ({@link RecordSchema}). */
    PARQUET
  }

  /**
   * What a run did.
   *
   * @param counts the records written, by kind
   * @param casesByInput how many cases each input file gave, in input order
   * @param partitions how many tasks assessed the cases
   */
  record Result(RecordCounts counts, long[] casesByInput, int partitions) {}

  private SparkBatch() {}

  /**
   * Assesses every line of the files and writes the records to {@code outDir}, which must not exist.
   *
   * @param partitions how many splits to aim for, or empty for four per core
   * @throws IllegalStateException when the records written do not add up to the lines read, which
   *     would be a bug; the output is then not to be trusted
   */
  static Result run(SparkSession spark, RulePackShipment pack, List<InputFile> files, String outDir,
      OutputFormat format, OptionalInt partitions) throws IOException {
    return run(spark, pack, files, outDir, format, partitions, new CountsAccumulator());
  }

  /**
   * As {@link #run(SparkSession, RulePackShipment, List, String, OutputFormat, OptionalInt)}, counting
   * into {@code counts}, which the caller can read while the job runs: it holds the records of the
   * tasks that have finished.
   */
  static Result run(SparkSession spark, RulePackShipment pack, List<InputFile> files, String outDir,
      OutputFormat format, OptionalInt partitions, CountsAccumulator counts) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    spark.sparkContext().register(counts, "antitrust records");
    if (files.isEmpty()) {
      write(spark, jsc.<String>emptyRDD(), outDir, format);
      return new Result(counts.value(), new long[0], 0);
    }
    Set<String> seen = new HashSet<>();
    for (InputFile file : files) {
      if (!seen.add(file.path())) {
        throw new CaseFileException(List.of(Problem.at(file.source(), "is given twice; the Spark job reads each file once")));
      }
    }
    Job job = Job.getInstance(spark.sparkContext().hadoopConfiguration());
    FileInputFormat.setInputPaths(job, files.stream().map(f -> new Path(f.path())).toArray(Path[]::new));
    long bytes = files.stream().mapToLong(InputFile::bytes).sum();
    // Chosen splits are honoured; the default keeps splits between a megabyte and a block.
    long splitBytes = partitions.isPresent() ? Math.max(1, ceilDiv(bytes, partitions.getAsInt()))
        : Math.min(MAX_SPLIT_BYTES, Math.max(MIN_SPLIT_BYTES, bytes / (jsc.defaultParallelism() * SPLITS_PER_CORE)));
    FileInputFormat.setMaxInputSplitSize(job, splitBytes);
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
        job.getConfiguration(), JsonLinesInputFormat.class, LongWritable.class, Text.class);

    List<SplitLines> splits = lines.mapPartitionsWithInputSplit(SparkBatch::countLines, true).collect();
    SplitStarts starts = SplitStarts.of(files, splits);
    // The pack and the line numbers travel in the task closure, which Spark serialises with Java
    // serialisation whatever spark.serializer says and ships once per executor per stage.
    JavaRDD<String> records = lines.mapPartitionsWithInputSplit((split, it) -> {
      FileSplit file = (FileSplit) split;
      SplitStarts.Start start = starts.of(file.getPath().toString(), file.getStart());
      ExecutorEngines.Built engine = ExecutorEngines.forPack(pack);
      long[] line = {start.firstLine() - 1};
      return map(it, pair -> {
        Text text = pair._2();
        BatchRecord record = assess(engine, start.source(), ++line[0], text.getBytes(), text.getLength());
        counts.add(record);
        return record.json();
      });
    }, true);
    write(spark, records, outDir, format);

    RecordCounts written = reconciled(counts.value(), Arrays.stream(starts.casesByInput()).sum(), outDir);
    return new Result(written, starts.casesByInput(), splits.size());
  }

  /**
   * Assesses a table with one case per row, the case JSON in {@code column} (a string or binary
   * column), and writes the records to {@code outDir}. Rows are numbered from 1 in the table's
   * partition order, and error records name them {@code name:row}.
   */
  static Result runTable(SparkSession spark, RulePackShipment pack, Dataset<Row> table, String name, String column,
      String outDir, OutputFormat format) {
    CountsAccumulator counts = new CountsAccumulator();
    spark.sparkContext().register(counts, "antitrust records");
    DataType type = table.schema().apply(column).dataType();
    if (!type.equals(DataTypes.StringType) && !type.equals(DataTypes.BinaryType)) {
      throw new CaseFileException(List.of(Problem.at(name, "column '" + column + "' is " + type.simpleString()
          + "; the case JSON must be in a string or binary column")));
    }
    boolean binary = type.equals(DataTypes.BinaryType);
    // zipWithIndex counts each partition's rows first, as the line pass does for files.
    JavaPairRDD<Row, Long> rows = table.select(column).javaRDD().zipWithIndex();
    JavaRDD<String> records = rows.mapPartitions(it -> {
      ExecutorEngines.Built engine = ExecutorEngines.forPack(pack);
      return map(it, pair -> {
        long row = pair._2() + 1;
        Row value = pair._1();
        BatchRecord record;
        if (value.isNullAt(0)) {
          record = BatchRecords.unreadable(name, checkedLine(name, row), "the case column '" + column + "' is null");
        } else {
          byte[] bytes = binary ? value.getAs(0) : value.getString(0).getBytes(StandardCharsets.UTF_8);
          record = assess(engine, name, row, bytes, bytes.length);
        }
        counts.add(record);
        return record.json();
      });
    }, true);
    write(spark, records, outDir, format);
    // A scan of the one column, without assessing: the independent count the records must match.
    long read = rows.count();
    return new Result(reconciled(counts.value(), read, outDir), new long[] {read}, rows.getNumPartitions());
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /** The counts, once checked against the cases read: inputs = results + errors, or the output is not to be trusted. */
  private static RecordCounts reconciled(RecordCounts written, long read, String outDir) {
    if (written.inputs() != read) {
      throw new IllegalStateException("the job wrote " + written.inputs() + " records for " + read
          + " input cases; the output in " + outDir + " is not to be trusted");
    }
    return written;
  }

  /** One line's record; the bytes may be longer than {@code length}, as Hadoop reuses its buffers. */
  private static BatchRecord assess(ExecutorEngines.Built engine, String source, long line, byte[] bytes,
      int length) {
    int number = checkedLine(source, line);
    if (length > BatchRecords.MAX_CASE_BYTES) {
      return BatchRecords.unreadable(source, number, BatchRecords.LINE_TOO_LONG);
    }
    // Drop the \r of a \r\n line end, as batch does.
    int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
    BatchRecord record = BatchRecords.ofLine(engine.engine(), source, number, Arrays.copyOf(bytes, end));
    return record.isError() ? record
        : new BatchRecord(record.location(), engine.asOnDriver(record.assessment()), null, false);
  }

  private static int checkedLine(String source, long line) {
    if (line > Integer.MAX_VALUE) {
      throw new IllegalStateException(source + " has more lines than a batch numbers: " + line);
    }
    return (int) line;
  }

  private static void write(SparkSession spark, JavaRDD<String> records, String outDir, OutputFormat format) {
    switch (format) {
      case JSONL -> records.saveAsTextFile(outDir);
      case PARQUET -> spark.read().schema(RecordSchema.RECORD).option("mode", "FAILFAST")
          .json(spark.createDataset(records.rdd(), Encoders.STRING()))
          .write().parquet(outDir);
    }
  }

  private static Iterator<SplitLines> countLines(org.apache.hadoop.mapreduce.InputSplit split,
      Iterator<Tuple2<LongWritable, Text>> it) {
    FileSplit file = (FileSplit) split;
    long n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    return List.of(new SplitLines(file.getPath().toString(), file.getStart(), n)).iterator();
  }

  /** Maps lazily, so a partition streams through the engine instead of sitting in memory. */
  private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }

  /** How many lines one split of one file holds. */
  record SplitLines(String path, long start, long lines) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Where each split's lines start: the first line's number in its file, and the file's name for
   * error records.
   */
  record SplitStarts(Map<String, Start> byPathAndOffset, long[] casesByInput) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A split's file, as error records name it, and the number of its first line. */
    record Start(String source, long firstLine) implements Serializable {
      private static final long serialVersionUID = 1L;
    }

    /**
     * Numbers the lines file by file. The splits come in partition order, which is file order and
     * then offset order; the check keeps output order equal to input order should that ever change.
     */
    static SplitStarts of(List<InputFile> files, List<SplitLines> splits) {
      Map<String, Integer> indexOf = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        indexOf.putIfAbsent(new Path(files.get(i).path()).toString(), i);
      }
      long[] cases = new long[files.size()];
      Map<String, Start> starts = new HashMap<>();
      int lastFile = -1;
      long lastOffset = -1;
      for (SplitLines split : splits) {
        Integer file = indexOf.get(split.path());
        if (file == null || file < lastFile || (file == lastFile && split.start() <= lastOffset)) {
          throw new IllegalStateException("the input splits are not in input order at " + split.path() + "@"
              + split.start() + " (after file " + lastFile + "@" + lastOffset + ")");
        }
        starts.put(split.path() + "@" + split.start(), new Start(files.get(file).source(), cases[file] + 1));
        cases[file] += split.lines();
        lastFile = file;
        lastOffset = split.start();
      }
      return new SplitStarts(Map.copyOf(starts), cases);
    }

    Start of(String path, long offset) {
      return Objects.requireNonNull(byPathAndOffset.get(path + "@" + offset),
          () -> "no line numbers for split " + path + "@" + offset);
    }
  }
}
