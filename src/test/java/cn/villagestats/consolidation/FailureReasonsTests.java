package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** The one line an operator reads of why a step failed. */
class FailureReasonsTests {

    @Test
    void shouldNameTheRootCauseWithAnIdNumberItQuotesMasked() {
        // given a load that failed on a row the driver quotes
        StepExecution step = failedStep();
        step.addFailureException(new IllegalStateException("staging failed",
                new IllegalArgumentException("bad row: 张三,370982198001011234\nsecond line")));

        // when
        String reason = FailureReasons.of(step);

        // then
        assertThat(reason).isEqualTo("IllegalArgumentException: bad row: 张三,370982********1234");
    }

    @Test
    void shouldReadTheRootCauseOfAStepReadBackFromTheRepositoryMasked() {
        // given a step read back: only its exit description (a stack trace) is left
        StepExecution step = failedStep();
        step.setExitStatus(ExitStatus.FAILED.addExitDescription("java.lang.IllegalStateException: staging failed\n"
                + "\tat x.y(Z.java:1)\nCaused by: org.postgresql.util.PSQLException: bad row 37098219800101123X"));

        // when / then
        assertThat(FailureReasons.of(step)).isEqualTo("PSQLException: bad row 370982********123X");
    }

    private static StepExecution failedStep() {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "consolidateReturnsJob"), new JobParameters());
        StepExecution step = new StepExecution(2L, "loadReturnStep:return-3", job);
        step.setStatus(BatchStatus.FAILED);
        return step;
    }
}
