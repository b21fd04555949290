package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.RulePackException;
import dev.antitrust.model.Threshold;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code antitrust validate}: compiles and checks the rule pack and reports every problem at once, as
 * {@code file:line:column: message}, without the usage hint: the list is the answer asked for.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {"Compiles and checks the rule pack, and reports every problem at once.",
        "Checks the built-in pack and any --rules folders over it: DRL syntax and type",
        "errors, rule metadata, duplicate ids, threshold keys and lists the tables",
        "lack, table rows with bad values or overlapping validity, and disabled.csv."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {" 0:The pack is valid.", " 2:Usage error, or the pack has problems (listed on stderr).",
        ExitCodes.HELP_INTERNAL})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RuleDirectories rules;

  @Override
  public Integer call() {
    RiskEngine engine;
    try {
      engine = rules.engine();
    } catch (RulePackException e) {
      PrintWriter err = spec.commandLine().getErr();
      e.problems().forEach(p -> err.println(p));
      err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
      return ExitCodes.INVALID;
    }
    long keys = engine.thresholds().stream().map(Threshold::key).distinct().count();
    spec.commandLine().getOut().println("OK: " + engine.rules().size() + " rules, " + keys + " thresholds ("
        + engine.thresholds().size() + " rows)" + (engine.rulePack().disabled().isEmpty() ? ""
            : ", " + engine.rulePack().disabled().size() + " disabled") + "; sources: "
        + String.join(", ", engine.rulePack().sources())
        + (engine.rulePack().trustedRules() ? "; rule policy off (--trust-rules)" : ""));
    return ExitCodes.DONE;
  }
}
