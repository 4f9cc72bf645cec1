package cn.villagestats.consolidation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A running execution's row in {@code run_heartbeat}, refreshed every few seconds by its
 * process: the one sign of life that another host can read. Times are the database's own.
 */
public class RunHeartbeat implements JobExecutionListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunHeartbeat.class);

    private final JdbcTemplate jdbc;
    private final Duration every;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "run-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, ScheduledFuture<?>> beating = new ConcurrentHashMap<>();

    /** Public for {@code status}, which reads the beats without the application's context. */
    public RunHeartbeat(JdbcTemplate jdbc, Duration every) {
        this.jdbc = jdbc;
        this.every = every;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long id = execution.getId();
        jdbc.update("DELETE FROM run_heartbeat WHERE job_execution_id = ?", id);
        jdbc.update("INSERT INTO run_heartbeat (job_execution_id, beat_at) VALUES (?, CURRENT_TIMESTAMP)", id);
        beating.put(id, timer.scheduleWithFixedDelay(() -> beat(id), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    @Override
    public void afterJob(JobExecution execution) {
        ScheduledFuture<?> beat = beating.remove(execution.getId());
        if (beat != null) {
            beat.cancel(false);
        }
        forget(execution.getId());
    }

    /** How long ago the execution's process last gave a sign of life; empty when it never did (or ended). */
    Optional<Duration> silence(long executionId) {
        return jdbc.query("SELECT beat_at, CURRENT_TIMESTAMP FROM run_heartbeat WHERE job_execution_id = ?",
                (rs, i) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)),
                executionId).stream().findFirst();
    }

    void forget(long executionId) {
        jdbc.update("DELETE FROM run_heartbeat WHERE job_execution_id = ?", executionId);
    }

    private void beat(long executionId) {
        try {
            jdbc.update("UPDATE run_heartbeat SET beat_at = CURRENT_TIMESTAMP WHERE job_execution_id = ?", executionId);
        } catch (DataAccessException e) {
            // the run itself meets the same trouble and says so; a missed beat only ages the row
            log.debug("Heartbeat of execution #{} not written: {}", executionId, e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
