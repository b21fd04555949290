package dev.antitrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.GoldenCaseRunner;
import dev.antitrust.engine.GoldenResult;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The YAML golden cases under src/test/resources/golden, run through the same runner as {@code
 * antitrust test}; each passing case also counts towards {@link GoldenCoverageTest}.
 */
class GoldenYamlTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> everyGoldenCase_passes() {
    GoldenCaseRunner runner = new GoldenCaseRunner(BuiltInPack.ENGINE);
    List<Path> files = GoldenCaseRunner.find(List.of(GOLDEN));
    assertThat(files).as("golden cases under " + GOLDEN).hasSizeGreaterThanOrEqualTo(4);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      GoldenResult result = runner.run(file);
      assertThat(result.problems()).as("problems of " + file).isEmpty();
      assertThat(result.checks()).as("failed checks of " + file).allMatch(c -> c.passed());
      result.checks().stream().filter(c -> c.what().endsWith(" fires")).map(c -> c.what().split(" ")[0])
          .forEach(Golden.FIRED::add);
      result.checks().stream().filter(c -> c.what().endsWith(" absent")).map(c -> c.what().split(" ")[0])
          .forEach(Golden.SILENT::add);
    }));
  }
}
