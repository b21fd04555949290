package dev.antitrust.cli;

import static dev.antitrust.cli.Fixtures.assessmentWith;
import static dev.antitrust.model.Severity.CRITICAL;
import static dev.antitrust.model.Severity.HIGH;
import static dev.antitrust.model.Severity.INFO;
import static dev.antitrust.model.Severity.LOW;
import static dev.antitrust.model.Severity.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.antitrust.engine.RulePackException;
import dev.antitrust.engine.batch.BatchError;
import dev.antitrust.engine.casefile.CaseFileException;
import dev.antitrust.model.InvalidFactException;
import dev.antitrust.model.Problem;
import dev.antitrust.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class ExitCodesTest {

  @Test
  void compute_noFailOn_isDoneWhateverTheConcerns() {
    assertThat(ExitCodes.compute(List.of(assessmentWith(CRITICAL, HIGH)), 0, Optional.empty()))
        .isEqualTo(ExitCodes.DONE);
  }

  @Test
  void compute_concernAtFailOn_isConcerns() {
    assertThat(ExitCodes.compute(List.of(assessmentWith(HIGH, LOW)), 0, Optional.of(HIGH)))
        .isEqualTo(ExitCodes.CONCERNS);
  }

  @Test
  void compute_concernAboveFailOn_isConcerns() {
    assertThat(ExitCodes.compute(List.of(assessmentWith(CRITICAL)), 0, Optional.of(MEDIUM)))
        .isEqualTo(ExitCodes.CONCERNS);
  }

  @Test
  void compute_allConcernsBelowFailOn_isDone() {
    assertThat(ExitCodes.compute(List.of(assessmentWith(MEDIUM, LOW, INFO)), 0, Optional.of(HIGH)))
        .isEqualTo(ExitCodes.DONE);
  }

  @Test
  void compute_onlyALaterAssessmentReachesFailOn_isConcerns() {
    assertThat(ExitCodes.compute(
            List.of(assessmentWith(INFO), assessmentWith(), assessmentWith(HIGH)), 0, Optional.of(HIGH)))
        .isEqualTo(ExitCodes.CONCERNS);
  }

  @Test
  void compute_noConcernsAndFailOnInfo_isDone() {
    assertThat(ExitCodes.compute(List.of(assessmentWith()), 0, Optional.of(INFO)))
        .isEqualTo(ExitCodes.DONE);
  }

  @Test
  void compute_failedCaseAndConcernsAboveFailOn_isInvalid() {
    assertThat(ExitCodes.compute(List.of(assessmentWith(CRITICAL)), 1, Optional.of(INFO)))
        .isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void compute_failedCaseAndNothingAssessed_isInvalid() {
    assertThat(ExitCodes.compute(List.of(), 2, Optional.empty())).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void compute_negativeFailedCases_throwsNamingTheValue() {
    assertThatThrownBy(() -> ExitCodes.compute(List.of(), -1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failed cases must not be negative: -1");
  }

  @Test
  void forException_antitrustExceptions_areInvalid() {
    List<Problem> problems = List.of(new Problem("case.yaml", 3, 5, "unknown field 'turnovr'"));
    assertThat(ExitCodes.forException(new CaseFileException(problems))).isEqualTo(2);
    assertThat(ExitCodes.forException(new RulePackException(problems))).isEqualTo(2);
    assertThat(ExitCodes.forException(new InvalidFactException("share", "must be 0 to 100"))).isEqualTo(2);
  }

  @Test
  void forException_parameterException_isInvalid() {
    ParameterException e = new ParameterException(new CommandLine(new AntitrustCommand()), "bad");
    assertThat(ExitCodes.forException(e)).isEqualTo(2);
  }

  @Test
  void forException_anythingElse_isInternal() {
    assertThat(ExitCodes.forException(new IllegalStateException("bug"))).isEqualTo(70);
    assertThat(ExitCodes.forException(new UncheckedIOException(new IOException("disk")))).isEqualTo(70);
    assertThat(ExitCodes.forException(new NoClassDefFoundError("Foo"))).isEqualTo(70);
  }

  private static BatchTally tally(CaseJob.Outcome... outcomes) {
    BatchTally tally = new BatchTally();
    for (CaseJob.Outcome o : outcomes) {
      tally.add(o);
    }
    return tally;
  }

  private static CaseJob.Outcome result(Severity... severities) {
    return new CaseJob.Outcome("{}", "in.jsonl:1", assessmentWith(severities), null, false);
  }

  private static CaseJob.Outcome error(boolean internal) {
    return new CaseJob.Outcome("{}", "in.jsonl:2", null,
        new BatchError(null, "in.jsonl:2", null, List.of("in.jsonl:2: bad")), internal);
  }

  @Test
  void forBatch_resultsOnly_isDoneUnlessAConcernReachesFailOn() {
    BatchTally tally = tally(result(MEDIUM, LOW), result());
    assertThat(ExitCodes.forBatch(tally, Optional.empty())).isEqualTo(ExitCodes.DONE);
    assertThat(ExitCodes.forBatch(tally, Optional.of(HIGH))).isEqualTo(ExitCodes.DONE);
    assertThat(ExitCodes.forBatch(tally, Optional.of(MEDIUM))).isEqualTo(ExitCodes.CONCERNS);
  }

  @Test
  void forBatch_anErrorRecord_isInvalidEvenWithConcernsAtFailOn() {
    assertThat(ExitCodes.forBatch(tally(result(CRITICAL), error(false)), Optional.of(HIGH)))
        .isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void forBatch_anInternalError_isInternal() {
    assertThat(ExitCodes.forBatch(tally(error(false), error(true)), Optional.empty()))
        .isEqualTo(ExitCodes.INTERNAL);
  }
}
