package dev.antitrust.engine.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A thresholds table a run drew on and the SHA-256 of its bytes, as run records list them.
 *
 * @param source {@code builtin:thresholds.csv} or the table's path
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record ThresholdTableHash(String source, String sha256) {
  private static final String BUILTIN = "dev/antitrust/rules/thresholds.csv";

  /** The built-in table and each rule directory's own, in layering order. */
  public static List<ThresholdTableHash> of(List<Path> ruleDirectories) throws IOException {
    List<ThresholdTableHash> tables = new ArrayList<>();
    try (InputStream in = ThresholdTableHash.class.getClassLoader().getResourceAsStream(BUILTIN)) {
      if (in != null) {
        tables.add(new ThresholdTableHash("builtin:thresholds.csv", sha256(in.readAllBytes())));
      }
    }
    for (Path directory : ruleDirectories) {
      Path table = directory.resolve("thresholds.csv");
      if (Files.isRegularFile(table)) {
        tables.add(new ThresholdTableHash(table.toString(), sha256(Files.readAllBytes(table))));
      }
    }
    return tables;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
