-- At most one consolidation of a period runs at a time, across hosts sharing the database.
-- The row exists while a job execution holds the period; the primary key makes taking it atomic.
CREATE TABLE period_lock (
    period           VARCHAR(7)   NOT NULL PRIMARY KEY,
    job_execution_id BIGINT       NOT NULL,
    host             VARCHAR(255) NOT NULL,
    acquired_at      TIMESTAMP    NOT NULL
);
