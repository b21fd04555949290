package dev.antitrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.model.Problem;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line as a whole: help, version, and how each kind of failure is reported. */
class CliTest {
  private static final String TRY_HELP = "Try 'antitrust --help' for more information.";

  /** A command that fails as told, to drive the error handling without the engine. */
  @Command(name = "antitrust")
  static final class Failing implements Callable<Integer> {
    @Option(names = "--verbose")
    boolean verbose;

    private final Throwable failure;

    Failing(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error error) {
        throw error;
      }
      throw (Exception) failure;
    }
  }

  @Test
  void help_listsTheSubcommandAndEveryExitCode() {
    Invocation run = Invocation.of("--help");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Usage: antitrust", "assess", "--verbose", "Exit codes:");
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches("\\s+0\\s+Done.*"))
        .anySatisfy(l -> assertThat(l).matches("\\s+1\\s+A concern at or above --fail-on.*"))
        .anySatisfy(l -> assertThat(l).matches("\\s+2\\s+Usage, input or rule error.*"))
        .anySatisfy(l -> assertThat(l).matches("\\s+70\\s+Internal error.*"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everyCommand_opensWithAWholeSentence_andKeepsItsDescriptionLinesWithinTheHelpWidth() {
    // The command list shows each command's first description line alone, so it must be a whole
    // sentence; picocli wraps a longer line at 80 columns and then starts the next one on its own
    // line, which leaves a stub mid-phrase.
    CommandLine all = new AntitrustCommand().commandLine("--help");
    assertThat(all.getSubcommands()).containsKeys("assess", "batch", "generate", "rules", "validate", "test", "diff");
    all.getSubcommands().values().stream().flatMap(command -> Stream.concat(Stream.of(command),
            command.getSubcommands().values().stream()))
        .forEach(command -> {
          String[] description = command.getCommandSpec().usageMessage().description();
          String name = command.getCommandSpec().qualifiedName();
          assertThat(description).as(name).isNotEmpty();
          assertThat(description[0]).as(name).matches("[A-Z].*\\.");
          assertThat(description).as(name).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        });
  }

  @Test
  void assessHelp_listsOptionsAndExitCodes() {
    Invocation run = Invocation.of("assess", "--help");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Usage: antitrust assess", "CASE", "--format", "--rules=DIR",
        "--fail-on=SEVERITY", "critical, high, medium, low, info", "--as-of=DATE", "--verbose",
        "Exit codes:", "70");
  }

  @Test
  void version_printsTheEngineVersion() {
    Invocation run = Invocation.of("--version");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.outLines().get(0)).matches("antitrust \\d+\\.\\d+\\.\\d+\\S*");
  }

  @Test
  void unknownOption_exits2WithPicocliMessageAndTryLine() {
    Invocation run = Invocation.of("--bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("Unknown option: '--bogus'", TRY_HELP);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownOptionOfSubcommand_pointsToTheSubcommandsHelp() {
    Invocation run = Invocation.of("assess", "--bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("Unknown option: '--bogus'", "Try 'antitrust assess --help' for more information.");
  }

  @Test
  void misspeltSubcommand_exits2AndSuggestsTheRightOne() {
    Invocation run = Invocation.of("asess");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'asess'", "antitrust assess").endsWith(TRY_HELP + System.lineSeparator());
  }

  @Test
  void noSubcommand_exits2() {
    Invocation run = Invocation.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("Missing required subcommand: assess, batch, generate", TRY_HELP);
  }

  @Test
  void expectedFailure_printsEachProblemOnItsOwnLineThenTryLine() {
    CaseFileException failure = new CaseFileException(List.of(
        new Problem("deal.yaml", 4, 3, "unknown field 'turnovr'; did you mean 'turnover'?"),
        Problem.at("deal.yaml", "company 'acme' is not defined")));

    Invocation run = Invocation.with(new Failing(failure));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "deal.yaml:4:3: unknown field 'turnovr'; did you mean 'turnover'?",
        "deal.yaml: company 'acme' is not defined",
        TRY_HELP);
  }

  @Test
  void expectedFailureVerbose_addsTheStackTrace() {
    CaseFileException failure = new CaseFileException(List.of(Problem.at("deal.yaml", "bad")));

    Invocation run = Invocation.with(new Failing(failure), "--verbose");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("deal.yaml: bad");
    assertThat(run.err()).contains(CaseFileException.class.getName(), "\tat ");
  }

  @Test
  void unexpectedFailure_printsOneLineAndVerboseHintAndExits70() {
    Invocation run = Invocation.with(new Failing(new IllegalStateException("ranker lost a concern")));

    assertThat(run.exitCode()).isEqualTo(70);
    assertThat(run.errLines()).containsExactly(
        "antitrust: internal error: java.lang.IllegalStateException: ranker lost a concern",
        "Try 'antitrust --verbose ...' to see the stack trace, and please report it.");
  }

  @Test
  void unexpectedFailureWithMultiLineMessage_staysOnOneLine() {
    Invocation run = Invocation.with(new Failing(new IllegalStateException("first\n  second")));

    assertThat(run.errLines().get(0))
        .isEqualTo("antitrust: internal error: java.lang.IllegalStateException: first second");
  }

  @Test
  void unexpectedFailureVerbose_printsTheStackTraceInsteadOfTheHint() {
    Invocation run = Invocation.with(new Failing(new IllegalStateException("boom")), "--verbose");

    assertThat(run.exitCode()).isEqualTo(70);
    assertThat(run.errLines().get(0)).isEqualTo("antitrust: internal error: java.lang.IllegalStateException: boom");
    assertThat(run.err()).contains("\tat ").doesNotContain("Try 'antitrust --verbose");
  }

  @Test
  void errorInCommand_isReportedAsInternalAndNeverThrown() {
    Invocation run = Invocation.with(new Failing(new NoClassDefFoundError("org/drools/Missing")));

    assertThat(run.exitCode()).isEqualTo(70);
    assertThat(run.errLines().get(0))
        .isEqualTo("antitrust: internal error: java.lang.NoClassDefFoundError: org/drools/Missing");
  }
}
