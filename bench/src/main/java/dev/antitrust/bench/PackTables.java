package dev.antitrust.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.antitrust.model.Threshold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The thresholds and named lists of a rule folder, read by the hand-written rules from the same
 * {@code thresholds.csv} and {@code lists.csv} the engine loads. Only what the subset needs: no
 * layering, no validation, and no currency conversion, since none of the subset's thresholds is an
 * amount of money (checked at load).
 */
final class PackTables {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);

  /** One member of a named list with its validity. */
  private record Member(String list, String member, LocalDate validFrom, LocalDate validTo) {
    boolean inForceOn(LocalDate day) {
      return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
  }

  private final List<Threshold> thresholds;
  private final List<Member> members;
  /** Cases share dates, and the tables do not change: each date's view is worked out once. */
  private final Map<LocalDate, Map<String, Threshold>> thresholdsByDay = new ConcurrentHashMap<>();
  private final Map<LocalDate, Map<String, Set<String>>> listsByDay = new ConcurrentHashMap<>();

  private PackTables(List<Threshold> thresholds, List<Member> members) {
    this.thresholds = thresholds;
    this.members = members;
  }

  /** Reads {@code thresholds.csv} and {@code lists.csv} from a rule folder. */
  static PackTables read(Path folder) {
    List<Threshold> thresholds = new ArrayList<>();
    for (Map<String, String> row : rows(folder.resolve("thresholds.csv"))) {
      thresholds.add(new Threshold(row.get("key"), Double.parseDouble(row.get("value")), row.get("unit"),
          row.get("jurisdiction"), date(row.get("valid_from")), date(row.get("valid_to")), row.get("source")));
    }
    List<Member> members = new ArrayList<>();
    for (Map<String, String> row : rows(folder.resolve("lists.csv"))) {
      members.add(new Member(row.get("list"), row.get("member"), date(row.get("valid_from")), date(row.get("valid_to"))));
    }
    return new PackTables(List.copyOf(thresholds), List.copyOf(members));
  }

  /** The first row of each key in force on {@code day}, as the engine picks it. */
  Map<String, Threshold> thresholdsOn(LocalDate day) {
    return thresholdsByDay.computeIfAbsent(day, this::findThresholds);
  }

  /** The members of each named list in force on {@code day}. */
  Map<String, Set<String>> listsOn(LocalDate day) {
    return listsByDay.computeIfAbsent(day, this::findLists);
  }

  private Map<String, Threshold> findThresholds(LocalDate day) {
    Map<String, Threshold> inForce = new HashMap<>();
    for (Threshold t : thresholds) {
      if (t.inForceOn(day)) {
        inForce.putIfAbsent(t.key(), t);
      }
    }
    return Map.copyOf(inForce);
  }

  /** The single undated value of a key, such as a scoring weight; 0 when there is none. */
  double timeless(String key) {
    return thresholds.stream().filter(t -> t.key().equals(key)).mapToDouble(Threshold::value).findFirst().orElse(0);
  }

  private Map<String, Set<String>> findLists(LocalDate day) {
    Map<String, Set<String>> lists = new HashMap<>();
    for (Member m : members) {
      if (m.inForceOn(day)) {
        lists.computeIfAbsent(m.list(), k -> new HashSet<>()).add(m.member());
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    lists.forEach((list, set) -> frozen.put(list, Set.copyOf(set)));
    return Map.copyOf(frozen);
  }

  /** Fails when a threshold the hand-written rules read is an amount of money, which they do not convert. */
  void checkNoMoney(Set<String> keys) {
    for (Threshold t : thresholds) {
      if (keys.contains(t.key()) && t.unit().matches("[A-Z]{3}")) {
        throw new IllegalStateException("threshold " + t.key() + " is in " + t.unit()
            + ": the hand-written rules do not convert currencies");
      }
    }
  }

  private static List<Map<String, String>> rows(Path file) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    try (MappingIterator<Map<String, String>> it =
        CSV.readerForMapOf(String.class).with(schema).readValues(Files.readString(file))) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }
}
