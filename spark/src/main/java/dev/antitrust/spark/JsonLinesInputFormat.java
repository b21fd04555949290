package dev.antitrust.spark;

import dev.antitrust.engine.batch.BatchRecords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.util.LineReader;

/**
 * Splits JSON Lines files into lines exactly as {@code antitrust batch} does, which Hadoop's {@code
 * TextInputFormat} does not: only {@code \n} ends a line (a {@code \r} before it stays, for the job
 * to strip), a UTF-8 byte-order mark is kept, files are never decompressed, and a line longer than a
 * case may be is still a record (cut to one byte over the limit, so memory stays bounded and the job
 * can report it) rather than skipped. The key is the line's byte offset in its file.
 *
 * <p>The input paths are taken as given, in order: no globbing and no hidden-file filter, so a
 * file named {@code _cases.jsonl} or {@code [2026].jsonl} is read like any other.
 */
public final class JsonLinesInputFormat extends FileInputFormat<LongWritable, Text> {

  @Override
  protected List<FileStatus> listStatus(JobContext job) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    for (Path path : getInputPaths(job)) {
      files.add(path.getFileSystem(job.getConfiguration()).getFileStatus(path));
    }
    return files;
  }

  @Override
  public RecordReader<LongWritable, Text> createRecordReader(InputSplit split, TaskAttemptContext context) {
    return new LineRecords();
  }

  /**
   * A split owns the lines that start in it, plus the line that starts exactly at its end: it reads
   * on past its end to finish its last line, and every split but the first skips its first (partial
   * or whole) line, which belongs to the split before.
   */
  private static final class LineRecords extends RecordReader<LongWritable, Text> {
    private static final byte[] NEWLINE = {'\n'};

    private final LongWritable key = new LongWritable();
    private final Text value = new Text();
    private LineReader reader;
    private long start;
    private long end;
    private long pos;

    @Override
    public void initialize(InputSplit genericSplit, TaskAttemptContext context) throws IOException {
      FileSplit split = (FileSplit) genericSplit;
      Configuration conf = context.getConfiguration();
      start = split.getStart();
      end = start + split.getLength();
      FSDataInputStream in = split.getPath().getFileSystem(conf).open(split.getPath());
      in.seek(start);
      reader = new LineReader(in, conf, NEWLINE);
      pos = start;
      if (start != 0) {
        pos += reader.readLine(new Text(), 0, Integer.MAX_VALUE);
      }
    }

    @Override
    public boolean nextKeyValue() throws IOException {
      if (pos > end) {
        return false;
      }
      key.set(pos);
      int consumed = reader.readLine(value, BatchRecords.MAX_CASE_BYTES + 1, Integer.MAX_VALUE);
      if (consumed == 0) {
        return false;
      }
      pos += consumed;
      return true;
    }

    @Override
    public LongWritable getCurrentKey() {
      return key;
    }

    @Override
    public Text getCurrentValue() {
      return value;
    }

    @Override
    public float getProgress() {
      return end == start ? 1f : Math.min(1f, (pos - start) / (float) (end - start));
    }

    @Override
    public void close() throws IOException {
      if (reader != null) {
        reader.close();
      }
    }
  }
}
