package dev.antitrust.cli;

import dev.antitrust.model.Assessment;
import dev.antitrust.model.Category;
import dev.antitrust.model.Concern;
import dev.antitrust.model.RulePackInfo;
import dev.antitrust.model.Severity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small hand-made assessments, so renderers and exit codes are tested without the engine. */
final class Fixtures {
  static final RulePackInfo PACK = new RulePackInfo(
      "1.2.3", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", List.of("builtin"));

  private Fixtures() {}

  /** An assessment of case {@code deal-1} with the given concerns. */
  static Assessment assessment(Concern... concerns) {
    return new Assessment("deal-1", "Deal one", LocalDate.of(2026, 5, 6), "0.1.0", PACK,
        Arrays.asList(concerns));
  }

  /** An assessment whose concerns have these severities, ranked in the order given. */
  static Assessment assessmentWith(Severity... severities) {
    Concern[] concerns = new Concern[severities.length];
    for (int i = 0; i < severities.length; i++) {
      concerns[i] = concern(i + 1, severities[i], "Finding number " + (i + 1) + ".");
    }
    return assessment(concerns);
  }

  /** A concern with plausible metadata and the given rank, severity and finding. */
  static Concern concern(int rank, Severity severity, String finding) {
    return new Concern(rank, 87.25, "EU-ART101-EXCL", "Exclusive compute supply",
        Category.EXCLUSIVE_DEALING, "EU", severity, finding, "TFEU Art. 101(1)",
        List.of("colossus-deal", "xai"), Map.of("foreclosed", 12.0), Map.of("foreclosure.share", 30.0));
  }
}
