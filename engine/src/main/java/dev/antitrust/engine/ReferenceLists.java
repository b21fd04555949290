package dev.antitrust.engine;

import dev.antitrust.model.InvalidFactException;
import dev.antitrust.model.ListMember;
import dev.antitrust.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pack's named lists ({@code lists.csv}): country groups, sensitive sectors, Member States, each
 * member with the dates it is in force. A list in a later layer replaces the whole list of that name.
 */
final class ReferenceLists {
  static final String FILE_NAME = "lists.csv";
  static final List<String> COLUMNS = List.of("list", "member", "jurisdiction", "valid_from", "valid_to", "source");

  /** One member row with its validity. */
  private record Entry(ListMember member, LocalDate validFrom, LocalDate validTo, String file, int line) {
    boolean inForceOn(LocalDate day) {
      return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
  }

  private final Map<String, List<Entry>> entriesByList;

  private ReferenceLists(Map<String, List<Entry>> entriesByList) {
    this.entriesByList = entriesByList;
  }

  static ReferenceLists parse(List<RuleFile> tables, List<Problem> problems) {
    Map<String, List<Entry>> merged = new TreeMap<>();
    for (RuleFile table : tables) {
      Map<String, List<Entry>> layer = new LinkedHashMap<>();
      for (CsvRows.Row row : CsvRows.read(table, COLUMNS, problems)) {
        String list = row.get("list");
        int before = problems.size();
        LocalDate from = CsvRows.date(row, "valid_from", list, table, problems);
        LocalDate to = CsvRows.date(row, "valid_to", list, table, problems);
        if (row.get("source").isBlank()) {
          problems.add(new Problem(table.displayName(), row.line(), 0, "source of '" + list + "' is required"));
        }
        if (problems.size() > before) {
          continue;
        }
        try {
          layer.computeIfAbsent(list, k -> new ArrayList<>())
              .add(new Entry(new ListMember(list, row.get("member")), from, to, table.displayName(), row.line()));
        } catch (InvalidFactException e) {
          problems.add(new Problem(table.displayName(), row.line(), 0, e.field() + " " + e.reason()));
        }
      }
      merged.putAll(layer);
    }
    checkRepeats(merged, problems);
    return new ReferenceLists(merged);
  }

  private static void checkRepeats(Map<String, List<Entry>> lists, List<Problem> problems) {
    for (List<Entry> entries : lists.values()) {
      for (int i = 0; i < entries.size(); i++) {
        for (int j = i + 1; j < entries.size(); j++) {
          Entry a = entries.get(i);
          Entry b = entries.get(j);
          if (a.member().equals(b.member()) && CsvRows.overlap(a.validFrom(), a.validTo(), b.validFrom(), b.validTo())) {
            problems.add(new Problem(b.file(), b.line(), 0, "'" + b.member().member() + "' is in list '"
                + b.member().list() + "' twice at once (see line " + a.line() + ")"));
          }
        }
      }
    }
  }

  boolean hasList(String list) {
    return entriesByList.containsKey(list);
  }

  /** Every day on which a member comes into force or the day after one goes out of force. */
  List<LocalDate> changeDays() {
    List<LocalDate> days = new ArrayList<>();
    entriesByList.values().forEach(entries -> entries.forEach(e -> {
      ValidityDays.add(days, e.validFrom(), e.validTo());
    }));
    return days;
  }

  /** Every member of every list in force on {@code day}. */
  List<ListMember> inForceOn(LocalDate day) {
    List<ListMember> members = new ArrayList<>();
    entriesByList.values().forEach(entries -> entries.stream()
        .filter(e -> e.inForceOn(day)).map(Entry::member).forEach(members::add));
    return members;
  }
}
