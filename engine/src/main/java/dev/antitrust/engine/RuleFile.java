package dev.antitrust.engine;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * One file of a rule pack.
 *
 * @param path path inside the pack, with '/' separators, e.g. {@code
 *     dev/antitrust/rules/concentration/us-merger-guidelines.drl}; the same path in a later layer
 *     replaces the file
 * @param displayName how messages name the file: {@code builtin:<path>} or the user's own path
 * @param text the file's content
 * @param layer 0 for the built-in pack, then 1, 2, ... for each directory in the order given
 * @param sha256 hex SHA-256 of the text in UTF-8, worked out once: the pack's hash, the module
 *     cache's keys and the stored outlines all need it, and hashing is slow on a cold JVM
 */
record RuleFile(String path, String displayName, String text, int layer, String sha256) {

  RuleFile(String path, String displayName, String text, int layer) {
    this(path, displayName, text, layer, Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString());
  }

  boolean isDrl() {
    return path.endsWith(".drl");
  }

  boolean isThresholdTable() {
    return path.equals(ThresholdTable.FILE_NAME);
  }

  boolean isListTable() {
    return path.equals(ReferenceLists.FILE_NAME);
  }

  boolean isDisabledList() {
    return path.equals(DisabledList.FILE_NAME);
  }
}
