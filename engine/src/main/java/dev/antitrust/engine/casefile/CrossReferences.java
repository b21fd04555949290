package dev.antitrust.engine.casefile;

import dev.antitrust.model.Market;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The checks that span records, which no record's constructor can make: ids unique within each
 * section, every reference naming something the case defines, no loop of parents. Each problem names
 * the path of the offending value and, for a reference, the closest id that exists.
 */
final class CrossReferences {
  private final ProblemList problems;

  private CrossReferences(ProblemList problems) {
    this.problems = problems;
  }

  /** Checks the case, adding every problem found to {@code problems}. */
  static void check(CaseDto dto, ProblemList problems) {
    new CrossReferences(problems).checkAll(dto);
  }

  private void checkAll(CaseDto c) {
    Map<String, String> companies = ids(c.companies(), CaseDto.Company::id, "companies", "company");
    Map<String, String> markets = ids(c.markets(), CaseDto.Market::id, "markets", "market");
    Map<String, String> agreements = ids(c.agreements(), CaseDto.Agreement::id, "agreements", "agreement");
    ids(c.pipelines(), CaseDto.Pipeline::id, "pipelines", "pipeline");
    ids(c.hardware(), CaseDto.Hardware::id, "hardware", "hardware");
    ids(c.people(), CaseDto.Person::id, "people", "person");

    forEach(c.companies(), "companies", (company, path) -> {
      // A company that names itself is the model's complaint ("cannot be its own parent").
      if (!String.valueOf(company.parent()).equals(company.id())) {
        reference(path + ".parent", company.parent(), companies, "company");
      }
    });
    forEach(c.markets(), "markets", (market, path) -> {
      if (market.shares() != null) {
        for (String holder : market.shares().keySet()) {
          if (!Market.FRINGE.equals(holder)) {
            reference(path + ".shares." + holder, holder, companies, "company");
          }
        }
      }
    });
    forEach(c.agreements(), "agreements", (agreement, path) -> {
      references(path + ".parties", agreement.parties(), companies, "company");
      references(path + ".markets", agreement.markets(), markets, "market");
    });
    forEach(c.pipelines(), "pipelines", (pipeline, path) -> {
      reference(path + ".agreement", pipeline.agreement(), agreements, "agreement");
      reference(path + ".supplier", pipeline.supplier(), companies, "company");
      reference(path + ".customer", pipeline.customer(), companies, "company");
      reference(path + ".inputMarket", pipeline.inputMarket(), markets, "market");
    });
    forEach(c.hardware(), "hardware", (asset, path) -> {
      reference(path + ".owner", asset.owner(), companies, "company");
      references(path + ".accessibleBy", asset.accessibleBy(), companies, "company");
    });
    forEach(c.people(), "people", (person, path) ->
        forEach(person.roles(), path + ".roles", (role, rolePath) ->
            reference(rolePath + ".company", role.company(), companies, "company")));
    parentCycles(c.companies(), companies);
  }

  /** The ids of a section, each with the path of its first definition; a second one is a problem. */
  private <T> Map<String, String> ids(List<T> items, Function<T, String> id, String section, String kind) {
    Map<String, String> first = new LinkedHashMap<>();
    forEach(items, section, (item, path) -> {
      String value = id.apply(item);
      if (value != null) {
        String earlier = first.putIfAbsent(value, path);
        if (earlier != null) {
          problems.field(path + ".id",
              "duplicate " + kind + " id '" + value + "', first defined at " + earlier);
        }
      }
    });
    return first;
  }

  private void references(String path, List<String> values, Map<String, String> known, String kind) {
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        reference(path + "[" + i + "]", values.get(i), known, kind);
      }
    }
  }

  private void reference(String path, String value, Map<String, String> known, String kind) {
    if (value != null && !known.containsKey(value)) {
      problems.field(path,
          "unknown " + kind + " '" + value + "'" + Spelling.didYouMean(value, known.keySet()));
    }
  }

  /**
   * Reports each loop of parents once, at the parent of its member that comes first in the file, so
   * that {@code a → b → a} reads the same whichever member the walk met first.
   */
  private void parentCycles(List<CaseDto.Company> list, Map<String, String> paths) {
    Map<String, String> parentOf = new LinkedHashMap<>();
    forEach(list, "companies", (company, path) -> {
      if (company.id() != null && company.parent() != null && path.equals(paths.get(company.id()))) {
        parentOf.put(company.id(), company.parent());
      }
    });
    Set<String> done = new HashSet<>();
    for (String start : parentOf.keySet()) {
      Set<String> chain = new LinkedHashSet<>();
      String current = start;
      while (current != null && !done.contains(current) && chain.add(current)) {
        current = parentOf.get(current);
      }
      // The walk stopped on a company already in its own chain: a loop. A company that is its own
      // parent is the model's complaint; only longer loops are reported here.
      if (current != null && chain.contains(current) && !current.equals(parentOf.get(current))) {
        List<String> walked = new ArrayList<>(chain);
        List<String> loop = new ArrayList<>(walked.subList(walked.indexOf(current), walked.size()));
        String head = loop.stream().min((a, b) -> index(paths.get(a)) - index(paths.get(b))).orElseThrow();
        Collections.rotate(loop, -loop.indexOf(head));
        loop.add(head);
        problems.field(paths.get(head) + ".parent", "parent chain loops: " + String.join(" → ", loop));
      }
      done.addAll(chain);
    }
  }

  /** The index of {@code companies[7]}: 7. */
  private static int index(String path) {
    return Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
  }

  /** Runs a check on each element that was bound; a null element is reported elsewhere. */
  private static <T> void forEach(List<T> items, String section, BiConsumer<T, String> check) {
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) != null) {
          check.accept(items.get(i), section + "[" + i + "]");
        }
      }
    }
  }
}
