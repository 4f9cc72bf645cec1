package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.villagestats.reporting.TotalsAggregator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** An operator stops a run that hangs, then reruns it. */
class StopAndRerunJobTests extends JobTestSupport {

    @MockitoSpyBean
    TotalsAggregator aggregator;

    @TempDir
    Path work;

    @Test
    void shouldStopARunningRunAndFinishItWithRerun() throws Exception {
        // given a run whose aggregation hangs the first time until released
        Path inbox = work.resolve("inbox");
        for (Path sample : Inboxes.samples(work.resolve("samples"), 2020).subList(0, 2)) {
            Inboxes.copy(sample, inbox, sample.getFileName().toString(), Instant.parse("2021-01-02T00:00:00Z"));
        }
        CountDownLatch aggregating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        doAnswer(call -> {
            if (first.getAndSet(false)) {
                aggregating.countDown();
                release.await(30, TimeUnit.SECONDS);
            }
            return call.callRealMethod();
        }).when(aggregator).aggregate(any(), anyLong());
        CompletableFuture<Run> running = CompletableFuture.supplyAsync(() -> {
            try {
                return start(inbox, work.resolve("out"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(aggregating.await(60, TimeUnit.SECONDS)).isTrue();

        // when the operator stops it
        JobExecution execution = jobOperator.getJobRepository()
                .findRunningJobExecutions("consolidateReturnsJob").iterator().next();
        boolean stopping = jobOperator.getJobOperator().stop(execution);
        release.countDown();
        Run stopped = running.get(60, TimeUnit.SECONDS);

        // then it stops, and a rerun finishes it
        assertThat(stopping).isTrue();
        assertThat(stopped.status()).isEqualTo(BatchStatus.STOPPED);
        Run rerun = restart(stopped);
        assertThat(rerun.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(township()).containsEntry("returns.received", "2");
    }
}
