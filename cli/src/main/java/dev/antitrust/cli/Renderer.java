package dev.antitrust.cli;

import dev.antitrust.model.Assessment;
import java.io.PrintWriter;
import java.util.List;

/** Writes assessments in one output format. */
interface Renderer {

  /**
   * Writes the assessments of one run.
   *
   * @param assessments the assessments, in the order the cases were given
   * @param several true when the user asked for more than one case, so formats with a document
   *     structure write a list even if only one case (or none) was assessed
   * @param out where to write; left open
   */
  void render(List<Assessment> assessments, boolean several, PrintWriter out);
}
