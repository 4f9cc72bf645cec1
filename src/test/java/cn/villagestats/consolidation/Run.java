package cn.villagestats.consolidation;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A job execution as the tests see it. Wrapped because spring-batch-test's listeners call
 * any test method returning a {@link JobExecution} to build their scope.
 */
record Run(JobExecution execution) {

    long id() {
        return execution.getId();
    }

    BatchStatus status() {
        return execution.getStatus();
    }

    List<String> stepNames() {
        return execution.getStepExecutions().stream().map(StepExecution::getStepName).toList();
    }
}
