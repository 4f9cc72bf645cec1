package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits {@code loadReturnsStep} into one step execution per return, with the rules of Spring
 * Batch's {@code SimpleStepExecutionSplitter} but one: a partition that failed or stopped resumes
 * from its saved context, one left running or unknown stops the restart, and one that completed
 * in an earlier execution of the run is loaded again if the partitioner still offers it. The
 * partitioner offers only returns the ledger holds pending, so such a return's outcome was never
 * recorded: the process died between Batch saving the step and the ledger's write.
 * <p>
 * Batch's splitter looks up each partition's last execution with its own query, which scans the
 * run's step executions: quadratic in the returns (a second for a county's 1,000, hours for a
 * province's 100,000). This one reads the run's earlier executions once.
 */
class ReturnPartitionSplitter implements StepExecutionSplitter {

    private final JobRepository jobRepository;
    private final String stepName;
    private final Function<StepExecution, Partitioner> partitioners;

    ReturnPartitionSplitter(JobRepository jobRepository, String stepName, Partitioner partitioner) {
        this(jobRepository, stepName, (Function<StepExecution, Partitioner>) manager -> partitioner);
    }

    /** The partitioner is built for each execution of the manager step, from its job's parameters. */
    ReturnPartitionSplitter(JobRepository jobRepository, String stepName,
                            Function<StepExecution, Partitioner> partitioners) {
        this.jobRepository = jobRepository;
        this.stepName = stepName;
        this.partitioners = partitioners;
    }

    @Override
    public String getStepName() {
        return stepName;
    }

    @Override
    public Set<StepExecution> split(StepExecution managerExecution, int gridSize) throws JobExecutionException {
        Set<StepExecution> partitions = new LinkedHashSet<>();
        for (Partition partition : plan(managerExecution)) {
            partitions.add(create(partition, managerExecution.getJobExecution()));
        }
        return partitions;
    }

    /**
     * The partitions this execution of the run loads, in the partitioner's order, each with the
     * context it starts from. Every restart rule is applied here, before any execution is created.
     */
    List<Partition> plan(StepExecution managerExecution) throws JobExecutionException {
        JobExecution jobExecution = managerExecution.getJobExecution();
        Map<String, StepExecution> earlier = lastPartitionExecutions(jobExecution);
        List<Partition> plan = new ArrayList<>();
        // one partition per return whatever the grid size: the pool, not the split, sets the parallelism
        for (Map.Entry<String, ExecutionContext> partition : partitioners.apply(managerExecution).partition(1).entrySet()) {
            String name = stepName + ":" + partition.getKey();
            StepExecution last = earlier.get(name);
            if (last != null && !shouldRun(last)) {
                continue;
            }
            plan.add(new Partition(name, last == null ? partition.getValue() : resumed(partition.getValue(), last)));
        }
        return plan;
    }

    /**
     * The saved context over the partitioner's: a process that died between creating a
     * partition's execution and saving its context left it empty, without the return to load.
     */
    private static ExecutionContext resumed(ExecutionContext fresh, StepExecution last) {
        ExecutionContext context = new ExecutionContext(fresh);
        last.getExecutionContext().entrySet().forEach(entry -> context.put(entry.getKey(), entry.getValue()));
        return context;
    }

    /** The step execution of one planned partition, saved with its context. */
    StepExecution create(Partition partition, JobExecution jobExecution) {
        StepExecution execution = jobRepository.createStepExecution(partition.name(), jobExecution);
        execution.setExecutionContext(partition.context());
        jobRepository.updateExecutionContext(execution);
        return execution;
    }

    /** The latest execution of each partition in this run (job instance), with its saved context. */
    private Map<String, StepExecution> lastPartitionExecutions(JobExecution current) {
        Map<String, StepExecution> last = new HashMap<>();
        for (JobExecution execution : jobRepository.getJobExecutions(current.getJobInstance())) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStepName().startsWith(stepName + ":")) {
                    last.merge(step.getStepName(), step, ReturnPartitionSplitter::later);
                }
            }
        }
        return last;
    }

    // the order of Batch's own lookup: by creation time, then by id
    private static StepExecution later(StepExecution a, StepExecution b) {
        int byTime = a.getCreateTime().compareTo(b.getCreateTime());
        return byTime > 0 || (byTime == 0 && a.getId() > b.getId()) ? a : b;
    }

    /** A partition to run: its step name and the context it starts from. */
    record Partition(String name, ExecutionContext context) {
    }

    private static boolean shouldRun(StepExecution last) throws JobExecutionException {
        BatchStatus status = last.getStatus();
        return switch (status) {
            case COMPLETED -> true;
            case FAILED, STOPPED -> true;
            case UNKNOWN -> throw new JobExecutionException("Cannot restart step from UNKNOWN status.  "
                    + "The last execution ended with a failure that could not be rolled back, "
                    + "so it may be dangerous to proceed.  Manual intervention is probably necessary.");
            case STARTED, STARTING, STOPPING -> throw new JobExecutionException(
                    "Cannot restart step from " + status + " status.  The old execution may still be executing, "
                    + "so you may need to verify manually that this is the case.");
            default -> throw new JobExecutionException("Cannot restart step from " + status + " status.  "
                    + "We believe the old execution was abandoned and therefore has been marked as un-restartable.");
        };
    }
}
