package cn.villagestats.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.villagestats.consolidation.ConsolidationParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/** The consolidation runs the job repository remembers, newest first. */
@Component
class ExecutionHistory {

    static final String JOB_NAME = "consolidateReturnsJob";

    private final JobRepository jobRepository;

    ExecutionHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    List<JobExecution> recent(int count) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(JOB_NAME, 0, count)) {
            executions.addAll(jobRepository.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparing(JobExecution::getId).reversed());
        return executions.subList(0, Math.min(count, executions.size()));
    }

    /** The runs the job repository shows running, on any host. */
    Set<JobExecution> running() {
        return jobRepository.findRunningJobExecutions(JOB_NAME);
    }

    Optional<JobExecution> find(long executionId) {
        try {
            return Optional.ofNullable(jobRepository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException e) {
            // the JDBC repository answers an unknown id with an exception, not null
            return Optional.empty();
        }
    }

    /**
     * The run an operator means by "rerun": the newest execution that did not complete and
     * is the last of its instance (an instance restarted since is already taken care of).
     */
    Optional<JobExecution> latestUnfinished() {
        return recent(50).stream()
                .filter(e -> e.getStatus() != BatchStatus.COMPLETED && e.getStatus() != BatchStatus.ABANDONED)
                .filter(this::isLastOfItsInstance)
                .findFirst();
    }

    /**
     * A run of the same period started after this execution, as another night's run: it read
     * the inbox again and took over the period's returns, so this one must not be resumed.
     */
    Optional<JobExecution> newerRunOfItsPeriod(JobExecution execution) {
        String period = ConsolidationParameters.period(execution.getJobParameters());
        return recent(200).stream()
                .filter(e -> e.getId() > execution.getId())
                .filter(e -> e.getJobInstance().getId() != execution.getJobInstance().getId())
                .filter(e -> period.equals(ConsolidationParameters.period(e.getJobParameters())))
                .findFirst();
    }

    boolean isLastOfItsInstance(JobExecution execution) {
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        return last != null && last.getId() == execution.getId();
    }
}
