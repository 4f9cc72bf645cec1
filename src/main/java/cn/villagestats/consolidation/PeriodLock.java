package cn.villagestats.consolidation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run lock of a period, one row of {@code period_lock} per period being consolidated.
 * Inserting the row takes the lock, so of two hosts sharing the database only one wins; a
 * row left behind by an execution that is no longer running (a crashed host, once its
 * execution is marked failed or abandoned) is taken over. Call outside a transaction: on
 * PostgreSQL a refused insert would spoil the surrounding one.
 */
public class PeriodLock {

    private static final Logger log = LoggerFactory.getLogger(PeriodLock.class);
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final LongPredicate running;
    private final String host;
    private final Clock clock;

    /**
     * @param running whether the job repository shows the job execution of that id as running
     * @param host    names this process in the lock row, for the message that refuses another
     */
    PeriodLock(JdbcTemplate jdbc, LongPredicate running, String host, Clock clock) {
        this.jdbc = jdbc;
        this.running = running;
        this.host = host;
        this.clock = clock;
    }

    /** Takes the period for the execution, or throws naming the running execution that holds it. */
    public void acquire(String period, long jobExecutionId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (insert(period, jobExecutionId)) {
                return;
            }
            Optional<PeriodLockHolder> holder = holder(period);
            if (holder.isEmpty()) {
                continue; // released between our insert and our look: try again
            }
            long holderId = holder.get().jobExecutionId();
            if (holderId == jobExecutionId) {
                return;
            }
            if (running.test(holderId)) {
                throw new PeriodLockedException(holder.get());
            }
            if (takeOver(period, holderId, jobExecutionId)) {
                log.warn("Period {}: took over the run lock left by job execution {}, which is no longer running",
                        period, holderId);
                return;
            }
        }
        throw new IllegalStateException("period " + period + ": the run lock changed hands " + ATTEMPTS
                + " times while job execution " + jobExecutionId + " tried to take it");
    }

    /**
     * Throws, as {@link #acquire} would, when a running execution holds the period; lets a
     * command say so before it starts a job execution. Taking the lock stays with the job.
     */
    public void checkFree(String period) {
        Optional<PeriodLockHolder> holder = holder(period);
        if (holder.isPresent() && running.test(holder.get().jobExecutionId())) {
            throw new PeriodLockedException(holder.get());
        }
    }

    /** Gives the period up, if this execution holds it; a lock another execution took over stays. */
    public void release(String period, long jobExecutionId) {
        jdbc.update("DELETE FROM period_lock WHERE period = ? AND job_execution_id = ?", period, jobExecutionId);
    }

    public Optional<PeriodLockHolder> holder(String period) {
        return jdbc.query("SELECT period, job_execution_id, host, acquired_at FROM period_lock WHERE period = ?",
                (rs, i) -> new PeriodLockHolder(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()), period).stream().findFirst();
    }

    private boolean insert(String period, long jobExecutionId) {
        try {
            jdbc.update("INSERT INTO period_lock (period, job_execution_id, host, acquired_at) VALUES (?, ?, ?, ?)",
                    period, jobExecutionId, host, Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    private boolean takeOver(String period, long staleId, long jobExecutionId) {
        return jdbc.update("UPDATE period_lock SET job_execution_id = ?, host = ?, acquired_at = ? "
                        + "WHERE period = ? AND job_execution_id = ?",
                jobExecutionId, host, Timestamp.from(clock.instant()), period, staleId) == 1;
    }
}
