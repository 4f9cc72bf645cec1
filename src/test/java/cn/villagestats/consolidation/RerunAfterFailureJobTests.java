package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.villagestats.programme.toilets.ToiletProgramme;
import cn.villagestats.programme.toilets.ToiletRecord;
import cn.villagestats.registry.VillageRegistry;
import cn.villagestats.reporting.ReturnReports;
import cn.villagestats.reporting.TotalsAggregator;
import cn.villagestats.samples.SampleReturns;
import cn.villagestats.samples.SampleSet;
import cn.villagestats.samples.VillageSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A run made to fail in each step, then restarted as {@code rerun} does: it ends as a clean run would. */
class RerunAfterFailureJobTests extends JobTestSupport {

    private static final int VILLAGES = 5;
    private static final String THIRD_VILLAGE = "370982104203";

    @MockitoSpyBean
    StagingRepository staging;
    @MockitoSpyBean
    TotalsAggregator aggregator;
    @MockitoSpyBean
    ReturnLedger ledger;
    @MockitoSpyBean
    VillageRegistry registry;
    @MockitoSpyBean
    ReturnReports reports;

    @TempDir
    Path work;
    Path inbox;
    Path out;

    @BeforeEach
    void fiveVillagesReport() {
        inbox = work.resolve("inbox");
        out = work.resolve("out");
        for (Path sample : Inboxes.samples(work.resolve("samples"), 2020).subList(0, VILLAGES)) {
            Inboxes.copy(sample, inbox, sample.getFileName().toString(), Instant.parse("2021-01-02T00:00:00Z"));
        }
    }

    @Test
    void shouldLoadOnlyTheReturnThatFailedWhenRerunAfterALoadFailure() throws Exception {
        // given the database fails while staging the third village's toilets, once
        failStagingOnce(2);

        // when
        Run failed = start(inbox, out);
        Map<String, Long> loadedBy = loadedByExecution();
        Run rerun = restart(failed);

        // then
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(rerun.status()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Long> reloadedBy = loadedByExecution();
        assertThat(reloadedBy.get("370982104203")).isEqualTo(rerun.id());
        reloadedBy.forEach((village, execution) -> {
            if (!village.equals("370982104203")) {
                assertThat(execution).as("%s was loaded once, before the failure", village)
                        .isEqualTo(failed.id()).isEqualTo(loadedBy.get(village));
            }
        });
        assertCleanTotals();
    }

    @Test
    void shouldFailTheRunWhenAReturnsOutcomeCannotBeRecorded() throws Exception {
        // given the database fails once while recording that the third village's return was accepted
        doThrow(new DataAccessResourceFailureException("connection reset")).doCallRealMethod().when(ledger)
                .recordAccepted(anyLong(), eq(THIRD_VILLAGE), anyString(), any(), anyInt(), anyLong());

        // when
        Run failed = start(inbox, out);
        Run rerun = restart(failed);

        // then the run does not complete without the village; the rerun loads it and counts it once
        assertRerunCountedTheThirdVillageOnce(failed, rerun);
    }

    @Test
    void shouldLoadAgainAReturnWhoseOutcomeWasLostWhenTheRunDied() throws Exception {
        // given the third village's load completes but its outcome is never recorded, as when the process dies
        // between Batch saving the step and the ledger's write
        AtomicBoolean lostOnce = new AtomicBoolean();
        doAnswer(call -> lostOnce.compareAndSet(false, true) ? null : call.callRealMethod()).when(ledger)
                .recordAccepted(anyLong(), eq(THIRD_VILLAGE), anyString(), any(), anyInt(), anyLong());
        // and the run fails in the fourth village's load
        failStagingOnce(3);

        // when
        Run failed = start(inbox, out);
        Run rerun = restart(failed);

        // then the rerun loads the third village again and counts it once
        assertRerunCountedTheThirdVillageOnce(failed, rerun);
    }

    @Test
    void shouldFailTheLoadNotRejectTheFileWhenTheRegistryCannotBeRead() throws Exception {
        // given the database fails once while the third village's cover is checked against the registry
        doThrow(new DataAccessResourceFailureException("connection reset")).doCallRealMethod().when(registry)
                .find(THIRD_VILLAGE);

        // when
        Run failed = start(inbox, out);
        Run rerun = restart(failed);

        // then the file is not called damaged: the run fails, and the rerun reads and counts it
        assertRerunCountedTheThirdVillageOnce(failed, rerun);
    }

    @Test
    void shouldFinishTheRunWhenRerunAfterAnAggregationFailure() throws Exception {
        // given
        doThrow(new DataAccessResourceFailureException("disk full")).doCallRealMethod().when(aggregator).aggregate(any(), anyLong());

        // when
        Run failed = start(inbox, out);
        Run rerun = restart(failed);

        // then nothing is read again
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(rerun.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(loadedByExecution().values()).containsOnly(failed.id());
        assertThat(rerun.stepNames()).containsExactly("aggregateTotalsStep", "exportTotalsStep", "writeFeedbackStep");
        assertCleanTotals();
    }

    @Test
    void shouldWriteTheExportWhenRerunAfterAnExportFailure() throws Exception {
        // given the export folder cannot be created: a file stands in its place
        Files.createDirectories(work);
        Files.writeString(out, "not a folder");

        // when
        Run failed = start(inbox, out);
        Files.delete(out);
        Run rerun = restart(failed);

        // then
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(rerun.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rerun.stepNames()).containsExactly("exportTotalsStep", "writeFeedbackStep");
        assertThat(out.resolve("township-totals-2020-12.csv")).exists();
        assertCleanTotals();
    }

    @Test
    void shouldLeaveThePreviousExportWholeWhenTheExportFailsPartWay() throws Exception {
        // given last night's export, and a sixth village's return tonight
        run(inbox, out);
        Map<String, String> lastNight = filesIn(out);
        Path sixth = Inboxes.samples(work.resolve("samples"), 2020).get(VILLAGES);
        Inboxes.copy(sixth, inbox, sixth.getFileName().toString(), Instant.parse("2021-01-03T00:00:00Z"));
        // and tonight's export fails after the totals are written, while listing the rejected cells
        doThrow(new DataAccessResourceFailureException("connection reset")).when(reports)
                .forEachRejectedCell(anyString(), any());

        // when
        Run failed = start(inbox, out);

        // then last night's four files are as they were, and nothing half-written is left
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(filesIn(out)).isEqualTo(lastNight).hasSize(4);
    }

    private static Map<String, String> filesIn(Path folder) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var paths = Files.list(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    /** The database fails once while staging the toilets of the village at this index of the plan. */
    private void failStagingOnce(int village) {
        String household = plan().villages().get(village).toilets().get(0).idNumber();
        AtomicBoolean failedOnce = new AtomicBoolean();
        doAnswer(call -> {
            List<ToiletRecord> rows = call.getArgument(2);
            if (rows.stream().anyMatch(r -> r.idNumber().equals(household)) && failedOnce.compareAndSet(false, true)) {
                throw new DataAccessResourceFailureException("connection reset");
            }
            return call.callRealMethod();
        }).when(staging).insert(eq(ToiletProgramme.TABLE), anyLong(), anyList());
    }

    /** The first run failed; its rerun completed, loaded the third village and ended with a clean run's totals. */
    private void assertRerunCountedTheThirdVillageOnce(Run failed, Run rerun) {
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(rerun.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(loadedByExecution()).containsEntry(THIRD_VILLAGE, rerun.id());
        assertCleanTotals();
    }

    private void assertCleanTotals() {
        List<VillageSample> reported = plan().villages().subList(0, VILLAGES);
        assertThat(township())
                .containsEntry("returns.received", String.valueOf(VILLAGES))
                .containsEntry("toilet.households", String.valueOf(reported.stream().mapToInt(v -> v.toilets().size()).sum()))
                .containsEntry("toilet.poor_households", String.valueOf(reported.stream().mapToLong(VillageSample::poorHouseholds).sum()))
                .containsEntry("surveillance.points", String.valueOf(reported.stream().mapToInt(v -> v.points().size()).sum()))
                .containsEntry("road.segments", String.valueOf(reported.stream().mapToInt(v -> v.roads().size()).sum()));
        assertThat(outcomesByFile().values()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("accepted");
            assertThat(r.balanced()).isTrue();
        });
    }

    private static SampleSet plan() {
        return SampleReturns.plan(Inboxes.registry(), Inboxes.PERIOD, 2020);
    }
}
