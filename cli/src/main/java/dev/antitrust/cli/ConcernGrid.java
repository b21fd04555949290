package dev.antitrust.cli;

import dev.antitrust.model.Category;
import dev.antitrust.model.Concern;
import dev.antitrust.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Concerns counted by category and jurisdiction, with each cell's most serious severity: what a
 * heat map draws, for one case or a whole batch. Not thread-safe.
 */
final class ConcernGrid {
  private final Map<Category, Map<String, Cell>> cells = new EnumMap<>(Category.class);
  private final Set<String> jurisdictions = new LinkedHashSet<>();

  /** One cell: how many concerns, and the most serious of them. */
  record Cell(long count, Severity highest) {
    Cell plus(Severity severity) {
      return new Cell(count + 1, highest.atLeast(severity) ? highest : severity);
    }
  }

  /** Starts with these columns, so a jurisdiction without concerns still shows as empty. */
  ConcernGrid(List<String> jurisdictions) {
    this.jurisdictions.addAll(jurisdictions);
  }

  void add(Concern c) {
    jurisdictions.add(c.jurisdiction());
    cells.computeIfAbsent(c.category(), k -> new TreeMap<>())
        .merge(c.jurisdiction(), new Cell(1, c.severity()), (old, one) -> old.plus(one.highest()));
  }

  /** The columns: the jurisdictions given first, then the others in the order they were seen. */
  List<String> jurisdictions() {
    return new ArrayList<>(jurisdictions);
  }

  /** The cell, or null when no concern of that category was raised in that jurisdiction. */
  Cell cell(Category category, String jurisdiction) {
    return cells.getOrDefault(category, Map.of()).get(jurisdiction);
  }

  /** The concerns of a category over all jurisdictions. */
  long total(Category category) {
    return cells.getOrDefault(category, Map.of()).values().stream().mapToLong(Cell::count).sum();
  }
}
