package cn.villagestats.consolidation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

/**
 * A run refused because another job execution is consolidating the same period. Carries
 * the reason in Chinese and in English, naming the execution that holds the period.
 */
public class PeriodLockedException extends RuntimeException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final transient PeriodLockHolder holder;

    public PeriodLockedException(PeriodLockHolder holder) {
        super(english(holder));
        this.holder = holder;
    }

    public PeriodLockHolder holder() {
        return holder;
    }

    public String reasonZh() {
        return holder.period() + " 期间正在由作业执行 #" + holder.jobExecutionId() + " 汇总（" + holder.host() + "，"
                + WHEN.format(holder.acquiredAt()) + " 开始），同一期间不能同时汇总两次，请等它结束后再运行";
    }

    public String reasonEn() {
        return getMessage();
    }

    /** The refusal among a finished execution's failures, if that is why it failed. */
    public static Optional<PeriodLockedException> in(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .filter(PeriodLockedException.class::isInstance)
                .map(PeriodLockedException.class::cast)
                .findFirst();
    }

    private static String english(PeriodLockHolder holder) {
        return "period " + holder.period() + " is already being consolidated by job execution "
                + holder.jobExecutionId() + " (" + holder.host() + ", since " + WHEN.format(holder.acquiredAt())
                + "); a period is consolidated by one run at a time: run again when that one has finished";
    }
}
