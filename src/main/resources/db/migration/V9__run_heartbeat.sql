-- Each running job execution refreshes its row every few seconds; a row left stale tells any host
-- that the process running that execution is gone (its own host also knows it by pid and start time).
-- The times are the database's own, so hosts whose clocks disagree still agree on a row's age.
CREATE TABLE run_heartbeat (
    job_execution_id BIGINT                   NOT NULL PRIMARY KEY,
    beat_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
