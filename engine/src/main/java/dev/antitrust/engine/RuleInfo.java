package dev.antitrust.engine;

import dev.antitrust.model.Category;
import dev.antitrust.model.Severity;
import java.util.List;

/**
 * A concern rule of the loaded pack, as its metadata describes it.
 *
 * @param id the rule's {@code @id}
 * @param title the rule's {@code @title}
 * @param category the rule's {@code @category}
 * @param jurisdiction the rule's {@code @jurisdiction}
 * @param severity the rule's {@code @severity}
 * @param citation the rule's {@code @citation}
 * @param file the rule file, as the user would name it ({@code builtin:...} for the built-in pack)
 * @param thresholdKeys the threshold keys the rule's conditions name, sorted
 */
public record RuleInfo(
    String id,
    String title,
    Category category,
    String jurisdiction,
    Severity severity,
    String citation,
    String file,
    List<String> thresholdKeys) {

  public RuleInfo {
    thresholdKeys = List.copyOf(thresholdKeys);
  }
}
