package dev.antitrust.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.casefile.CaseReader;
import dev.antitrust.model.Assessment;
import dev.antitrust.model.Case;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an executor on another machine does with a shipped rule pack: it gets a serialised copy,
 * builds its engine from the files, and its results, with the driver's pack description, are the
 * driver's. Local mode hands tasks the driver's engine, so this is where the executors' path is tested.
 */
class RulePackShipmentTest {
  private static final String SAMPLE = "dev/antitrust/samples/spacexai-anthropic-colossus.yaml";
  private static final String DISABLED_RULE = "US-EAR-4A090";

  @TempDir
  Path dir;

  @Test
  void shippedCopy_buildsTheDriversPack_andGivesTheDriversResults() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("my-rules"));
    Files.writeString(rules.resolve("disabled.csv"), "id,reason\n" + DISABLED_RULE + ",not ours to screen\n");
    Files.writeString(rules.resolve("notes.txt"), "not part of the pack\n");
    RulePackShipment.Driver driver = RulePackShipment.prepare(List.of(rules), false, Optional.of(Duration.ofSeconds(5)));

    RulePackShipment copy = javaRoundTrip(driver.shipment());
    RiskEngine executor = copy.build();

    assertThat(executor.rulePack().sha256()).isEqualTo(driver.engine().rulePack().sha256());
    assertThat(executor.rulePack().sources()).doesNotContain(rules.toString());
    assertThat(copy.driverInfo()).isEqualTo(driver.engine().rulePack());
    assertThat(copy.key()).isEqualTo(driver.shipment().key());
    Case sample = sample();
    Assessment onExecutor = new ExecutorEngines.Built(executor, copy.driverInfo()).asOnDriver(executor.assess(sample));
    Assessment onDriver = driver.engine().assess(sample);
    assertThat(onExecutor).isEqualTo(onDriver);
    assertThat(onDriver.concerns()).isNotEmpty().noneMatch(c -> c.ruleId().equals(DISABLED_RULE));
    assertThat(onDriver.rulePack().disabled()).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(DISABLED_RULE));
  }

  @Test
  void key_differsWithTheSettings() throws IOException {
    String plain = RulePackShipment.prepare(List.of(), false, Optional.empty()).shipment().key();
    String timed = RulePackShipment.prepare(List.of(), false, Optional.of(Duration.ofSeconds(3))).shipment().key();

    assertThat(timed).isNotEqualTo(plain).startsWith(plain.substring(0, 64));
  }

  private static RulePackShipment javaRoundTrip(RulePackShipment shipment) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(shipment);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (RulePackShipment) in.readObject();
    }
  }

  private static Case sample() throws IOException {
    try (InputStream in = RulePackShipmentTest.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      return CaseReader.read(SAMPLE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
