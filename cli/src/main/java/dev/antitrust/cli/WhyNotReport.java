package dev.antitrust.cli;

import dev.antitrust.engine.WhyNot;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Concern;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code assess --why-not RULE_ID} prints for one case: in text, the case's header line, the
 * answer's sentence and its further lines, then the concerns the rule raised with their
 * explanations; in JSON, the same as one object.
 *
 * @param caseId the case's id
 * @param asOf the date whose thresholds applied
 * @param ruleId the rule asked about
 * @param fired whether it raised a concern
 * @param summary the sentence: fired, or the nearest miss
 * @param details the other near misses, or the rule's thresholds when its conditions are not analysed
 * @param concerns what it raised, with explanations
 */
record WhyNotReport(String caseId, LocalDate asOf, String ruleId, boolean fired, String summary,
    List<String> details, List<Concern> concerns) {

  static WhyNotReport of(Assessment header, WhyNot answer) {
    return new WhyNotReport(header.caseId(), header.asOf(), answer.ruleId(), answer.fired(), answer.summary(),
        answer.details(), answer.concerns());
  }

  static void print(List<WhyNotReport> reports, List<Assessment> headers, Format format, boolean several,
      PrintWriter out) {
    if (format == Format.JSON) {
      if (several) {
        out.println(JsonRenderer.json(reports));
      } else if (!reports.isEmpty()) {
        out.println(JsonRenderer.json(reports.get(0)));
      }
      return;
    }
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.println();
      }
      WhyNotReport r = reports.get(i);
      out.println(TextRenderer.header(headers.get(i)));
      out.println();
      out.println(r.summary());
      r.details().forEach(d -> out.println("  " + d));
      if (!r.concerns().isEmpty()) {
        out.println();
        TextRenderer.table(r.concerns()).forEach(out::println);
      }
    }
  }
}
