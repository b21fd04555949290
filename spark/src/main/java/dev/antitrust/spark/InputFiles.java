package dev.antitrust.spark;

import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Finds the JSON Lines files of a run, in the order {@code antitrust batch} reads them: inputs in
 * the order given, the files of a directory recursively in path order. A directory's {@code
 * *.jsonl} and {@code *.ndjson} files are read; a file named on its own is JSON Lines whatever its
 * name. YAML and JSON case files (one case per file) are refused rather than skipped, so that no
 * case is silently lost: {@code antitrust batch} reads those.
 */
final class InputFiles {
  private InputFiles() {}

  /** Local paths, walked as {@code antitrust batch} walks them, so error records name files alike. */
  static List<InputFile> local(List<String> inputs) throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (!Files.isDirectory(path)) {
        files.add(localFile(path, path.toString()));
        continue;
      }
      List<Path> found;
      try (Stream<Path> walk = Files.walk(path)) {
        found = walk.filter(Files::isRegularFile).filter(f -> isCaseInput(f.getFileName().toString())).sorted().toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (Path file : found) {
        files.add(localFile(file, file.toString()));
      }
    }
    return List.copyOf(files);
  }

  private static InputFile localFile(Path file, String source) throws IOException {
    refuseCaseFile(file.getFileName().toString(), source);
    return new InputFile(source, file.toAbsolutePath().normalize().toUri().toString(), Files.size(file));
  }

  /**
   * Hadoop paths (any file system Spark reaches: {@code hdfs://}, {@code s3a://}, {@code file:/};
   * without a scheme, the cluster's default file system). A glob stands for its matches in path order.
   */
  static List<InputFile> hadoop(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new CaseFileException(List.of(Problem.at(input, "no such file or directory")));
      }
      List<FileStatus> sorted = new ArrayList<>(List.of(matches));
      sorted.sort(Comparator.comparing(s -> s.getPath().toString()));
      boolean glob = sorted.size() > 1 || !sorted.get(0).getPath().equals(fs.makeQualified(path));
      for (FileStatus match : sorted) {
        String name = glob ? match.getPath().toString() : stripSlash(input);
        if (match.isDirectory()) {
          files.addAll(directory(fs, match, name));
        } else {
          refuseCaseFile(match.getPath().getName(), name);
          files.add(new InputFile(name, match.getPath().toString(), match.getLen()));
        }
      }
    }
    return List.copyOf(files);
  }

  private static List<InputFile> directory(FileSystem fs, FileStatus dir, String name) throws IOException {
    String root = dir.getPath().toString();
    List<InputFile> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir.getPath(), true);
    while (it.hasNext()) {
      LocatedFileStatus file = it.next();
      if (file.isFile() && isCaseInput(file.getPath().getName())) {
        String inside = file.getPath().toString().substring(root.length());
        files.add(new InputFile(name + (inside.startsWith("/") ? inside : "/" + inside), file.getPath().toString(),
            file.getLen()));
      }
    }
    files.sort(Comparator.comparing(InputFile::path));
    return files;
  }

  private static String stripSlash(String input) {
    return input.length() > 1 && input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
  }

  /** What {@code antitrust batch} reads in a directory: JSON Lines, and YAML or JSON case files. */
  private static boolean isCaseInput(String name) {
    return isJsonLines(name) || isCaseFile(name);
  }

  private static boolean isJsonLines(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  private static boolean isCaseFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }

  private static void refuseCaseFile(String name, String source) {
    if (isCaseFile(name)) {
      throw new CaseFileException(List.of(Problem.at(source, "is a case file (one case per file); the Spark job"
          + " reads JSON Lines, one case per line: run antitrust batch for case files, or put the cases on"
          + " one line each in a .jsonl file")));
    }
  }
}
