package cn.villagestats.consolidation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.ReturnReports;
import cn.villagestats.reporting.TownshipTotal;
import cn.villagestats.reporting.TotalsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs {@code consolidateReturnsJob} against a private in-memory H2 database, emptied before
 * each test. A subclass of a job test class annotated {@code @OnPostgres} runs the same tests
 * on PostgreSQL, in a database of its own.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:consolidation;DB_CLOSE_DELAY=-1",
        "villagestats.load.threads=2"})
@SpringBatchTest
abstract class JobTestSupport {

    @Autowired
    JobOperatorTestUtils jobOperator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TotalsRepository totals;
    @Autowired
    ReturnReports reports;

    private int runs;

    @BeforeEach
    void emptyDatabase() {
        for (String table : List.of("rejected_cell", "toilet_row", "road_row", "surveillance_row", "intake_return",
                "village_total", "township_total", "period_lock")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** Starts a new run of the period, as a night's run does. */
    Run start(Path inbox, Path out) throws Exception {
        return new Run(jobOperator.startJob(ConsolidationParameters.of(Inboxes.PERIOD, inbox,
                getClass().getSimpleName() + "-" + System.nanoTime() + "-" + (runs++), out)));
    }

    /** Restarts a failed run, as the operator's {@code rerun} does. */
    Run restart(Run failed) throws Exception {
        return new Run(jobOperator.getJobOperator().restart(failed.execution()));
    }

    /** Which execution loaded each village's current return. */
    Map<String, Long> loadedByExecution() {
        Map<String, Long> loadedBy = new java.util.HashMap<>();
        jdbc.query("SELECT village_code, job_execution_id FROM intake_return WHERE status = 'accepted'",
                rs -> {
                    loadedBy.put(rs.getString(1), rs.getLong(2));
                });
        return loadedBy;
    }

    /** Runs the job; returns its status. */
    BatchStatus run(Path inbox, Path out) throws Exception {
        return start(inbox, out).status();
    }

    Map<String, String> township() {
        return totals.township(Inboxes.PERIOD.toString()).stream()
                .collect(Collectors.toMap(TownshipTotal::indicator, TownshipTotal::plainValue));
    }

    Map<String, ReturnOutcome> outcomesByFile() {
        return reports.outcomes(Inboxes.PERIOD.toString()).stream()
                .collect(Collectors.toMap(ReturnOutcome::file, r -> r));
    }
}
