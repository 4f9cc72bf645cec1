package cn.villagestats.consolidation;

import static org.mockito.ArgumentMatchers.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.villagestats.programme.toilets.ToiletProgramme;
import cn.villagestats.programme.toilets.ToiletRecord;
import cn.villagestats.samples.SampleReturns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The inbox line counts the returns an earlier run left unloaded among those to load, not as unchanged. */
class UnfinishedReturnsJobTests extends JobTestSupport {

    private static final int VILLAGES = 5;

    @MockitoSpyBean
    StagingRepository staging;

    @TempDir
    Path work;

    @Test
    void shouldCountAReturnAFailedRunNeverLoadedAsOneToLoad() throws Exception {
        // given five returns, and a night whose load of the third village's toilets fails once
        Path inbox = work.resolve("inbox");
        for (Path sample : Inboxes.samples(work.resolve("samples"), 2020).subList(0, VILLAGES)) {
            Inboxes.copy(sample, inbox, sample.getFileName().toString(), Instant.parse("2021-01-02T00:00:00Z"));
        }
        failStagingOnceFor(SampleReturns.plan(Inboxes.registry(), Inboxes.PERIOD, 2020).villages().get(2)
                .toilets().get(0).idNumber());
        Run failed = start(inbox, work.resolve("out"));

        // when the next night runs on the unchanged inbox
        Run next = start(inbox, work.resolve("out"));

        // then the next night's inbox line counts the third village's return to load, and loads it
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(next.status()).isEqualTo(BatchStatus.COMPLETED);
        // (files read, returns to load)
        assertThat(discoverCounts(next)).containsExactly(VILLAGES, 1);
        assertThat(loadedByExecution()).hasSize(VILLAGES).containsEntry("370982104203", next.id());
    }

    /** Not a StepExecution: spring-batch-test would take a method returning one for its step scope. */
    private static long[] discoverCounts(Run run) {
        StepExecution discover = run.execution().getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("discoverReturnsStep")).findFirst().orElseThrow();
        return new long[] {discover.getReadCount(), discover.getWriteCount()};
    }

    private void failStagingOnceFor(String household) {
        AtomicBoolean failedOnce = new AtomicBoolean();
        doAnswer(call -> {
            List<ToiletRecord> rows = call.getArgument(2);
            if (rows.stream().anyMatch(r -> r.idNumber().equals(household)) && failedOnce.compareAndSet(false, true)) {
                throw new DataAccessResourceFailureException("connection reset");
            }
            return call.callRealMethod();
        }).when(staging).insert(eq(ToiletProgramme.TABLE), anyLong(), anyList());
    }
}
