package dev.antitrust.cli;

import dev.antitrust.engine.GoldenCheck;
import dev.antitrust.engine.GoldenResult;
import dev.antitrust.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Golden-case results as text for people (expected beside actual) and as JUnit XML for CI. */
final class GoldenReport {
  private GoldenReport() {}

  /** One line per case; a failed case adds its failed checks as a three-column table. */
  static List<String> text(List<GoldenResult> results) {
    List<String> lines = new ArrayList<>();
    for (GoldenResult r : results) {
      String status = r.isError() ? "ERROR" : r.passed() ? "PASS " : "FAIL ";
      lines.add(status + " " + r.name() + "  (" + r.file() + ")");
      if (r.isError()) {
        r.problems().forEach(p -> lines.add("      " + p));
      } else if (!r.passed()) {
        lines.addAll(sideBySide(r.checks().stream().filter(c -> !c.passed()).toList()));
      }
    }
    long passed = results.stream().filter(GoldenResult::passed).count();
    long errors = results.stream().filter(GoldenResult::isError).count();
    lines.add("");
    lines.add(results.size() + (results.size() == 1 ? " golden case: " : " golden cases: ") + passed + " passed, "
        + (results.size() - passed - errors) + " failed, " + errors + (errors == 1 ? " error" : " errors"));
    return lines;
  }

  private static List<String> sideBySide(List<GoldenCheck> failed) {
    int what = "CHECK".length();
    int expected = "EXPECTED".length();
    for (GoldenCheck c : failed) {
      what = Math.max(what, c.what().length());
      expected = Math.max(expected, c.expected().length());
    }
    String format = "      %-" + what + "s  %-" + expected + "s  %s";
    List<String> lines = new ArrayList<>();
    lines.add(String.format(format, "CHECK", "EXPECTED", "ACTUAL"));
    failed.forEach(c -> lines.add(String.format(format, c.what(), c.expected(), c.actual()).stripTrailing()));
    return lines;
  }

  /** A JUnit XML report: one test suite, one test case per golden case. */
  static String junit(List<GoldenResult> results) {
    long failures = results.stream().filter(r -> !r.passed() && !r.isError()).count();
    long errors = results.stream().filter(GoldenResult::isError).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"antitrust golden cases\" tests=\"").append(results.size())
        .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors).append("\">\n");
    for (GoldenResult r : results) {
      xml.append("  <testcase classname=\"").append(escape(r.file())).append("\" name=\"").append(escape(r.name()))
          .append('"');
      if (r.passed()) {
        xml.append("/>\n");
        continue;
      }
      xml.append(">\n");
      if (r.isError()) {
        String body = r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        xml.append("    <error message=\"").append(escape(r.problems().get(0).toString())).append("\">")
            .append(escape(body)).append("</error>\n");
      } else {
        List<GoldenCheck> failed = r.checks().stream().filter(c -> !c.passed()).toList();
        String body = failed.stream().map(c -> c.what() + ": expected " + c.expected() + ", actual " + c.actual())
            .collect(Collectors.joining("\n"));
        xml.append("    <failure message=\"").append(escape(failed.size() + " of " + r.checks().size()
            + " checks failed")).append("\">").append(escape(body)).append("</failure>\n");
      }
      xml.append("  </testcase>\n");
    }
    return xml.append("</testsuite>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
