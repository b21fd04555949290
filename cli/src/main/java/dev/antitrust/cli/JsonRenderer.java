package dev.antitrust.cli;

import dev.antitrust.engine.batch.RecordJson;
import dev.antitrust.model.Assessment;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes assessments as pretty-printed JSON: one object for one case, an array for several. The
 * mapping is {@link RecordJson}'s, the same as batch records': fields in the records' declaration
 * order, dates as ISO strings and enums as their wire names ({@code high}, {@code merger-filing}).
 */
final class JsonRenderer implements Renderer {

  @Override
  public void render(List<Assessment> assessments, boolean several, PrintWriter out) {
    if (several) {
      out.println(json(assessments));
    } else if (!assessments.isEmpty()) {
      out.println(json(assessments.get(0)));
    }
  }

  /** One value as indented JSON text, without a trailing line break. */
  static String json(Object value) {
    return RecordJson.pretty(value);
  }
}
