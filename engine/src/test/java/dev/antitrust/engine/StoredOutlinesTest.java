package dev.antitrust.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outlines the build stores stand in for parsing: what is read back is what parsing gives, and the
 * rule policy still checks a stored file that sits in a user's folder.
 */
class StoredOutlinesTest {
  private static final String DECLARING = TestPacks.HEADER
      + "declare Flag\n  company : String\nend\n\n"
      + "declare enum Level LOW, HIGH;\nend\n\n"
      + TestPacks.SHARE_RULE.replace("\"test.share\"", "\"test.share\" ) ListMember( list == \"a.list\"");

  @Test
  void readBack_ofAFileThatParsed_equalsTheParsedOutline() throws IOException {
    RuleFile file = new RuleFile("x/declaring.drl", "x/declaring.drl", DECLARING, 1);
    DrlOutline parsed = DrlOutline.of(file);

    Map<String, StoredOutlines.Stored> stored = roundTrip(List.of(parsed));
    DrlOutline read = StoredOutlines.outline(file, stored.get(file.sha256()));

    assertThat(parsed.declaredTypes()).containsExactly("Flag", "Level");
    assertThat(parsed.rules().get(0).thresholdKeys()).containsExactly("test.share");
    assertThat(parsed.rules().get(0).listNames()).containsExactly("a.list");
    assertThat(read.packageName()).isEqualTo(parsed.packageName());
    assertThat(read.declaredTypes()).isEqualTo(parsed.declaredTypes());
    assertThat(read.rules()).isEqualTo(parsed.rules());
    assertThat(read.textOf(read.rules().get(0))).isEqualTo(parsed.textOf(parsed.rules().get(0)));
  }

  @Test
  void write_aFileWithASyntaxError_isNotStored() throws IOException {
    String broken = TestPacks.HEADER + TestPacks.SHARE_RULE + "rule \"broken\" when then then end\n";
    DrlOutline parsed = DrlOutline.of(new RuleFile("broken.drl", "broken.drl", broken, 1));
    assertThat(parsed.syntaxProblems()).isNotEmpty();

    assertThat(roundTrip(List.of(parsed))).isEmpty();
  }

  @Test
  void policy_storedHostileFile_trustedAsBuiltInButCheckedInAUserFolder() throws IOException {
    String hostile = hostile("system-exit");
    RuleFile file = new RuleFile("hostile.drl", "hostile.drl", hostile, 1);
    DrlOutline parsed = DrlOutline.of(file);
    StoredOutlines.Stored stored = roundTrip(List.of(parsed)).get(file.sha256());

    DrlOutline asBuiltIn = StoredOutlines.outline(new RuleFile("hostile.drl", "builtin:hostile.drl", hostile, 0), stored);
    DrlOutline inAFolder = StoredOutlines.outline(new RuleFile("hostile.drl", "rules/hostile.drl", hostile, 1), stored);

    assertThat(RulePolicy.check(List.of(asBuiltIn))).isEmpty();
    assertThat(RulePolicy.check(List.of(inAFolder))).map(Problem::toString)
        .containsExactlyElementsOf(RulePolicy.check(List.of(parsed)).stream()
            .map(p -> p.toString().replace("hostile.drl:", "rules/hostile.drl:")).toList())
        .singleElement().asString().contains("rule \"hostile\" uses System");
  }

  private static Map<String, StoredOutlines.Stored> roundTrip(List<DrlOutline> outlines) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StoredOutlines.write(outlines, out);
    return StoredOutlines.read(new ByteArrayInputStream(out.toByteArray()));
  }

  private static String hostile(String name) throws IOException {
    try (InputStream in = StoredOutlinesTest.class.getResourceAsStream("/hostile/" + name + ".drl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
