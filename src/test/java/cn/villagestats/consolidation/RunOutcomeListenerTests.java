package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** What a run records of its process as it starts. */
class RunOutcomeListenerTests extends JobTestSupport {

    @Autowired
    JobRepository jobRepository;

    @Test
    void shouldSaveTheLiveProcessBeforeAnyStepRuns() {
        // given a rerun, which starts from the context of a run whose process died
        JobParameters parameters = new JobParametersBuilder().addString("period", "2020-12")
                .addString("run.key", UUID.randomUUID().toString()).toJobParameters();
        ExecutionContext deadRun = new ExecutionContext();
        deadRun.putString("run.host", hostOfThisProcess());
        deadRun.putLong("run.pid", Long.MAX_VALUE);
        JobExecution rerun = jobRepository.createJobExecution(
                jobRepository.createJobInstance("runOutcomeTestJob", parameters), parameters, deadRun);
        jobRepository.updateExecutionContext(rerun);

        // when the rerun starts
        new RunOutcomeListener(jdbc, jobRepository).beforeJob(rerun);

        // then what another process reads is this live run, not the dead one
        JobExecution saved = jobRepository.getJobExecution(rerun.getId());
        assertThat(RunProcess.isGone(saved)).isFalse();
        assertThat(RunProcess.describe(saved)).startsWith("pid " + ProcessHandle.current().pid() + " on ");
    }

    private static String hostOfThisProcess() {
        ExecutionContext context = new ExecutionContext();
        RunProcess.record(context, 0);
        return context.getString("run.host");
    }
}
