package dev.antitrust.cli;

import dev.antitrust.engine.RiskEngine;
import dev.antitrust.engine.RuleCatalogue;
import dev.antitrust.engine.RuleInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code antitrust rules list|show|export}: the rule catalogue, one rule, and a pack to edit. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = "Lists the rules of the pack, shows one, or exports the built-in pack to edit.",
    subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class, RulesCommand.ExportPack.class})
final class RulesCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand: list, show or export");
  }

  /** The formats of {@code rules list}. */
  enum ListFormat { TEXT, JSON, MARKDOWN }

  /** {@code rules list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
      description = "Lists every concern rule with its metadata, sorted by id.")
  static final class ListRules implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleDirectories rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        converter = ListFormatConverter.class,
        description = "Output format: text, json or markdown (the catalogue document). Default: ${DEFAULT-VALUE}.")
    ListFormat format;

    @Override
    public void run() {
      List<RuleInfo> all = rules.engine().rules();
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case JSON -> out.println(JsonRenderer.json(all));
        case MARKDOWN -> out.print(RuleCatalogue.markdown(all));
        case TEXT -> RuleTable.lines(all).forEach(out::println);
        default -> throw new IllegalStateException("unknown format " + format);
      }
    }
  }

  /** Reads {@code text}, {@code json} and {@code markdown} in any case. */
  static final class ListFormatConverter implements picocli.CommandLine.ITypeConverter<ListFormat> {
    @Override
    public ListFormat convert(String value) {
      try {
        return ListFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not an output format; expected one of text, json, markdown");
      }
    }
  }

  /** {@code rules show ID}. */
  @Command(name = "show", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
      description = "Shows one rule: its metadata, the thresholds it uses and its DRL source.")
  static final class ShowRule implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleDirectories rules;

    @Parameters(paramLabel = "ID", description = "The rule's @id, e.g. US-HSR-SOT-ABOVE-CAP.")
    String id;

    @Override
    public void run() {
      RiskEngine engine = rules.engine();
      RuleInfo rule = engine.rules().stream().filter(r -> r.id().equals(id)).findFirst()
          .orElseThrow(() -> new ParameterException(spec.commandLine(),
              "No rule has the id '" + id + "'" + RuleTable.suggestion(id, engine.rules())
                  + "; 'antitrust rules list' lists them"));
      PrintWriter out = spec.commandLine().getOut();
      RuleTable.details(rule, engine.thresholds()).forEach(out::println);
      out.println();
      out.println(engine.ruleSource(id).orElse(""));
    }
  }

  /** {@code rules export DIR}. */
  @Command(name = "export", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
      description = {"Writes the built-in pack into DIR, to start editing.",
          "Every .drl, thresholds.csv and lists.csv. Use the folder with --rules DIR: its",
          "files replace the built-in ones of the same path."})
  static final class ExportPack implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write; created if missing.")
    Path directory;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Override
    public void run() {
      List<Path> written = RiskEngine.exportBuiltInPack(directory, force);
      spec.commandLine().getOut().println("Wrote " + written.size() + " files to " + directory
          + "; edit them, then: antitrust validate --rules " + directory);
    }
  }
}
