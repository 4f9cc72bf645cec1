package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Which returns a run's load step splits into, on a first run and on a rerun. */
class ReturnPartitionSplitterTests extends JobTestSupport {

    private static final String NAME = LoadReturnStep.NAME;

    @Autowired
    JobRepository jobRepository;

    @Test
    void shouldSplitAFirstRunIntoOnePartitionPerReturnWithoutALookupPerReturn() throws Exception {
        // given a new run and a repository that counts lookups of a step's last execution
        AtomicInteger lookups = new AtomicInteger();
        JobRepository counting = countingLastStepLookups(lookups);
        Runs runs = new Runs(jobRepository);
        StepExecution manager = runs.newExecution(runs.newRun());

        // when
        Map<String, Map<String, Object>> split = contexts(
                new ReturnPartitionSplitter(counting, NAME, returns(200)).split(manager, 1));

        // then
        assertThat(split).hasSize(200)
                .containsEntry(NAME + ":return-17", Map.of(ReturnPartitioner.RETURN_ID, 17L));
        assertThat(lookups).hasValue(0);
    }

    @Test
    void shouldResumeAFailedReturnFromItsSavedContextAndSkipACompletedOne() throws Exception {
        // given a run whose first execution completed return 2 (recorded, so no longer pending) and failed
        // in return 1 after 7 rows
        StepExecution rerun = new Runs(jobRepository).failedOnce(BatchStatus.FAILED);

        // when
        Map<String, Map<String, Object>> split = contexts(
                new ReturnPartitionSplitter(jobRepository, NAME, pending(1, 3)).split(rerun, 1));

        // then
        assertThat(split).containsOnly(
                entry(NAME + ":return-1", Map.of(ReturnPartitioner.RETURN_ID, 1L, "rows", 7)),
                entry(NAME + ":return-3", Map.of(ReturnPartitioner.RETURN_ID, 3L)));
    }

    @Test
    void shouldResumeAReturnWhoseContextWasNeverSavedWithTheReturnItLoads() throws Exception {
        // given the process died between creating return 1's execution and saving its context
        Runs runs = new Runs(jobRepository);
        JobExecution first = runs.newRun();
        StepExecution lost = jobRepository.createStepExecution(NAME + ":return-1", first);
        lost.setStatus(BatchStatus.FAILED);
        jobRepository.update(lost);
        first.setStatus(BatchStatus.FAILED);
        first.setEndTime(LocalDateTime.now());
        jobRepository.update(first);
        StepExecution rerun = runs.newExecution(jobRepository.createJobExecution(first.getJobInstance(),
                first.getJobParameters(), new ExecutionContext()));

        // when
        Map<String, Map<String, Object>> split = contexts(
                new ReturnPartitionSplitter(jobRepository, NAME, pending(1)).split(rerun, 1));

        // then
        assertThat(split.get(NAME + ":return-1")).containsEntry(ReturnPartitioner.RETURN_ID, 1L);
    }

    @Test
    void shouldLoadAgainAReturnWhoseCompletedLoadWasNeverRecorded() throws Exception {
        // given the process died after Batch saved return 2's load as completed, before the ledger recorded it
        StepExecution rerun = new Runs(jobRepository).failedOnce(BatchStatus.FAILED);

        // when the ledger still holds return 2 pending
        Map<String, Map<String, Object>> split = contexts(
                new ReturnPartitionSplitter(jobRepository, NAME, returns(3)).split(rerun, 1));

        // then it is loaded again; Batch's own splitter would skip it, and it would never be counted
        assertThat(split).containsOnlyKeys(NAME + ":return-1", NAME + ":return-2", NAME + ":return-3");
        assertThat(contexts(new SimpleStepExecutionSplitter(jobRepository, NAME, returns(3))
                .split(new Runs(jobRepository).failedOnce(BatchStatus.FAILED), 1)))
                .doesNotContainKey(NAME + ":return-2");
    }

    @ParameterizedTest
    @EnumSource(value = BatchStatus.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
    void shouldDecideEachReturnOfARerunAsSpringBatchsOwnSplitterDoes(BatchStatus lastStatus) {
        // given the same history twice: return 1 left in this status, return 2 completed and recorded
        Partitioner partitioner = pending(1, 3);

        // when
        String ours = outcome(new ReturnPartitionSplitter(jobRepository, NAME, partitioner), lastStatus);
        String batchs = outcome(new SimpleStepExecutionSplitter(jobRepository, NAME, partitioner), lastStatus);

        // then
        assertThat(ours).isEqualTo(batchs);
    }

    @Test
    void shouldLoadAgainAReturnCompletedEarlierInTheSameExecutionAsSpringBatchsOwnSplitterDoes() throws Exception {
        // given an execution that has completed return 1 and enters its load step again
        Partitioner partitioner = returns(2);

        // when
        String ours = sameExecutionOutcome(new ReturnPartitionSplitter(jobRepository, NAME, partitioner));
        String batchs = sameExecutionOutcome(new SimpleStepExecutionSplitter(jobRepository, NAME, partitioner));

        // then return 1 is split again, as Batch's rule has it ("always OK to start again in the same execution")
        assertThat(ours).isEqualTo(batchs).contains(NAME + ":return-1", NAME + ":return-2");
    }

    private String sameExecutionOutcome(StepExecutionSplitter splitter) throws JobExecutionException {
        Runs runs = new Runs(jobRepository);
        JobExecution execution = runs.newRun();
        runs.partition(execution, "return-1", BatchStatus.COMPLETED);
        return new TreeMap<>(contexts(splitter.split(runs.newExecution(execution), 1))).toString();
    }

    private String outcome(StepExecutionSplitter splitter, BatchStatus lastStatus) {
        try {
            StepExecution rerun = new Runs(jobRepository).failedOnce(lastStatus);
            return new TreeMap<>(contexts(splitter.split(rerun, 1))).toString();
        } catch (JobExecutionException e) {
            return "refused: " + e.getMessage();
        }
    }

    /** Returns 1 to {@code count}, one partition each, named as by {@link ReturnPartitioner}; SplitMeasurement too. */
    static Partitioner returns(int count) {
        return pending(java.util.stream.LongStream.rangeClosed(1, count).toArray());
    }

    /** The returns the ledger holds pending, one partition each, named as by {@link ReturnPartitioner}. */
    static Partitioner pending(long... ids) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (long id : ids) {
                ExecutionContext context = new ExecutionContext();
                context.putLong(ReturnPartitioner.RETURN_ID, id);
                partitions.put("return-" + id, context);
            }
            return partitions;
        };
    }

    private static Map<String, Map<String, Object>> contexts(Iterable<StepExecution> executions) {
        Map<String, Map<String, Object>> contexts = new LinkedHashMap<>();
        executions.forEach(e -> contexts.put(e.getStepName(), e.getExecutionContext().toMap()));
        return contexts;
    }

    private JobRepository countingLastStepLookups(AtomicInteger lookups) {
        return (JobRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getLastStepExecution")) {
                        lookups.incrementAndGet();
                    }
                    try {
                        return method.invoke(jobRepository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Builds runs in the job repository. Kept apart because {@code @SpringBatchTest} takes any
     * method of the test class that returns a {@code StepExecution} for a step-scope factory.
     */
    record Runs(JobRepository jobRepository) {

        /** A run's first execution (return 1 in {@code lastStatus}, return 2 completed); its manager step on rerun. */
        StepExecution failedOnce(BatchStatus lastStatus) {
            JobExecution first = newRun();
            StepExecution returnOne = partition(first, "return-1", lastStatus);
            returnOne.getExecutionContext().putInt("rows", 7);
            jobRepository.updateExecutionContext(returnOne);
            partition(first, "return-2", BatchStatus.COMPLETED);
            first.setStatus(BatchStatus.FAILED);
            first.setEndTime(LocalDateTime.now());
            jobRepository.update(first);
            return newExecution(jobRepository.createJobExecution(first.getJobInstance(), first.getJobParameters(),
                    new ExecutionContext()));
        }

        StepExecution partition(JobExecution execution, String key, BatchStatus status) {
            StepExecution step = jobRepository.createStepExecution(NAME + ":" + key, execution);
            step.getExecutionContext().putLong(ReturnPartitioner.RETURN_ID, Long.parseLong(key.substring(7)));
            step.setStatus(status);
            jobRepository.update(step);
            jobRepository.updateExecutionContext(step);
            return step;
        }

        JobExecution newRun() {
            var parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
                    .toJobParameters();
            return jobRepository.createJobExecution(jobRepository.createJobInstance("splitterTestJob", parameters),
                    parameters, new ExecutionContext());
        }

        StepExecution newExecution(JobExecution execution) {
            return jobRepository.createStepExecution("loadReturnsStep", execution);
        }
    }
}
