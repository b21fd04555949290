package dev.antitrust.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One JSON Lines file of a run.
 *
 * @param source the name error records give it, {@code source:line}: the path as the user wrote it,
 *     or for a file found in a directory the directory as written plus the file's path inside it,
 *     as {@code antitrust batch} names them
 * @param path the fully qualified Hadoop path the job reads, e.g. {@code file:/data/cases.jsonl}
 * @param bytes the file's size
 */
record InputFile(String source, String path, long bytes) implements Serializable {
  private static final long serialVersionUID = 1L;

  InputFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
  }
}
