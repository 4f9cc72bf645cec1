package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;

/** How the load's partitions are started: each as soon as it is saved, and none left running. */
class ReturnPartitionHandlerTests extends JobTestSupport {

    private static final String NAME = LoadReturnStep.NAME;

    @Autowired
    JobRepository jobRepository;

    @Test
    void shouldStartEachReturnAsSoonAsItsStepExecutionIsSaved() throws Exception {
        // given five returns, a pool that runs a task at once, and a step noting how many were saved by then
        ReturnPartitionSplitterTests.Runs runs = new ReturnPartitionSplitterTests.Runs(jobRepository);
        StepExecution manager = runs.newExecution(runs.newRun());
        List<Integer> savedWhenStarted = new ArrayList<>();
        Step step = execution -> savedWhenStarted.add(execution.getJobExecution().getStepExecutions().size());

        // when
        Collection<StepExecution> ended = new ReturnPartitionHandler(step, new SyncTaskExecutor())
                .handle(new ReturnPartitionSplitter(jobRepository, NAME, ReturnPartitionSplitterTests.returns(5)),
                        manager);

        // then the manager's execution and the return's own, not all five, existed when each started
        assertThat(savedWhenStarted).containsExactly(2, 3, 4, 5, 6);
        assertThat(ended).extracting(StepExecution::getStepName)
                .containsExactlyInAnyOrder(NAME + ":return-1", NAME + ":return-2", NAME + ":return-3",
                        NAME + ":return-4", NAME + ":return-5");
    }

    @Test
    void shouldRefuseARerunBeforeStartingAnyReturn() {
        // given a rerun whose return 1 is still marked as running, listed after the new return 3
        StepExecution rerun = new ReturnPartitionSplitterTests.Runs(jobRepository).failedOnce(BatchStatus.STARTED);
        AtomicInteger started = new AtomicInteger();
        Step step = execution -> started.incrementAndGet();
        Partitioner lastFirst = gridSize -> {
            Map<String, ExecutionContext> reversed = new LinkedHashMap<>();
            List<Map.Entry<String, ExecutionContext>> entries = new ArrayList<>(
                    ReturnPartitionSplitterTests.returns(3).partition(1).entrySet());
            Collections.reverse(entries);
            entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
            return reversed;
        };

        // when / then
        assertThatThrownBy(() -> new ReturnPartitionHandler(step, new SyncTaskExecutor())
                .handle(new ReturnPartitionSplitter(jobRepository, NAME, lastFirst), rerun))
                .isInstanceOf(JobExecutionException.class).hasMessageContaining("STARTED");
        assertThat(started).hasValue(0);
    }

    @Test
    void shouldWaitForTheReturnsItStartedWhenSavingALaterOneFails() {
        // given a repository that fails to save the third return, and returns that take a while to load
        AtomicInteger saved = new AtomicInteger();
        JobRepository failingThird = failingOnCreate(3, saved);
        ReturnPartitionSplitterTests.Runs runs = new ReturnPartitionSplitterTests.Runs(jobRepository);
        StepExecution manager = runs.newExecution(runs.newRun());
        AtomicInteger loaded = new AtomicInteger();
        Step step = execution -> {
            sleep(300);
            loaded.incrementAndGet();
        };

        // when / then the failure is thrown only once both started returns have ended
        assertThatThrownBy(() -> new ReturnPartitionHandler(step, new SimpleAsyncTaskExecutor("load-test-"))
                .handle(new ReturnPartitionSplitter(failingThird, NAME, ReturnPartitionSplitterTests.returns(5)),
                        manager))
                .isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        assertThat(loaded).hasValue(2);
        assertThat(saved).hasValue(3);
    }

    @Test
    void shouldFailAReturnThePoolRefusesAndStillRunTheOthers() throws Exception {
        // given a pool that refuses the second return and runs the rest at once
        ReturnPartitionSplitterTests.Runs runs = new ReturnPartitionSplitterTests.Runs(jobRepository);
        StepExecution manager = runs.newExecution(runs.newRun());
        AtomicInteger offered = new AtomicInteger();
        SyncTaskExecutor refusingSecond = new SyncTaskExecutor() {
            @Override
            public void execute(Runnable task) {
                if (offered.incrementAndGet() == 2) {
                    throw new TaskRejectedException("full");
                }
                super.execute(task);
            }
        };
        Step step = execution -> execution.setStatus(BatchStatus.COMPLETED);

        // when
        Collection<StepExecution> ended = new ReturnPartitionHandler(step, refusingSecond)
                .handle(new ReturnPartitionSplitter(jobRepository, NAME, ReturnPartitionSplitterTests.returns(3)),
                        manager);

        // then
        assertThat(ended).extracting(e -> e.getStepName() + " " + e.getStatus()).containsExactlyInAnyOrder(
                NAME + ":return-1 COMPLETED", NAME + ":return-2 FAILED", NAME + ":return-3 COMPLETED");
        assertThat(ended).filteredOn(e -> e.getStatus() == BatchStatus.FAILED).first()
                .extracting(e -> e.getExitStatus().getExitDescription()).asString().contains("rejected");
    }

    private JobRepository failingOnCreate(int failing, AtomicInteger saved) {
        return (JobRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createStepExecution") && saved.incrementAndGet() == failing) {
                        throw new IllegalStateException("database gone");
                    }
                    try {
                        return method.invoke(jobRepository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
