package cn.villagestats.consolidation;

import java.time.Instant;
import java.util.Objects;

/** Who holds a period's run lock: the job execution, the host (and process) it runs on, and since when. */
public record PeriodLockHolder(String period, long jobExecutionId, String host, Instant acquiredAt) {

    public PeriodLockHolder {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
    }
}
