package dev.antitrust.bench;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.model.Case;
import dev.antitrust.model.Finding;
import dev.antitrust.model.ListMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

/**
 * A rule folder run the way Drools' documentation shows it, as the baseline issue 6 asks the engine
 * to beat by twice at the least: the folder's DRL compiled by {@code KieHelper} with Drools' defaults,
 * a new stateless session per case, the thresholds and list members in force inserted with the case
 * and its facts in one batch command, and the findings read back. It does less than the engine (no
 * metadata, scores, ranking, time budget or firing limit), so the comparison flatters it.
 */
final class StockStatelessSession {
  private final KieBase base;
  private final RiskEngine engine;
  private final PackTables tables;

  /** Compiles the folder's DRL; {@code engine} gives the thresholds in force, converted as it converts them. */
  StockStatelessSession(Path folder, RiskEngine engine) {
    KieHelper helper = new KieHelper();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        helper.addResource(ResourceFactory.newByteArrayResource(Files.readAllBytes(file))
            .setSourcePath(folder.relativize(file).toString()), ResourceType.DRL);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule folder " + folder, e);
    }
    this.base = helper.build();
    this.engine = engine;
    this.tables = PackTables.read(folder);
  }

  /** The findings the rules raise for one case, in no particular order. */
  List<Finding> assess(Case theCase) {
    StatelessKieSession session = base.newStatelessKieSession();
    List<Command<?>> commands = List.of(CommandFactory.newInsertElements(facts(theCase)), CommandFactory.newFireAllRules(),
        CommandFactory.newGetObjects(Finding.class::isInstance, "findings"));
    ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
    return ((Collection<?>) results.getValue("findings")).stream().map(Finding.class::cast).toList();
  }

  /** What {@link #assess} inserts for a case: the thresholds and list members in force, the case and its facts. */
  List<Object> facts(Case theCase) {
    List<Object> facts = new ArrayList<>(engine.thresholdsInForce(theCase).values());
    tables.listsOn(theCase.asOf()).forEach((list, members) -> members.forEach(m -> facts.add(new ListMember(list, m))));
    facts.add(theCase);
    facts.addAll(theCase.facts());
    return facts;
  }

  /** The compiled folder, for a test that watches a session at work. */
  KieBase kieBase() {
    return base;
  }
}
