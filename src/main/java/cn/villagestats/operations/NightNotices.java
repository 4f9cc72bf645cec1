package cn.villagestats.operations;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.villagestats.notification.NightNotifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides which nights reach a person: one that failed or was refused, and one that ended
 * with villages missing once the returns were due (the given day of the month after the period).
 */
@Component
class NightNotices {

    private final NightNotifier notifier;
    private final NightlyPlan plan;
    private final int missingFromDay;

    NightNotices(NightNotifier notifier, NightlyPlan plan,
                 @Value("${villagestats.notify.missing-from-day:5}") int missingFromDay) {
        this.notifier = notifier;
        this.plan = plan;
        this.missingFromDay = missingFromDay;
    }

    void ended(RunReport report) {
        if (report.exitCode() == ExitCode.JOB_FAILED) {
            send(NightMessages.failed(report));
        } else if (!report.missingVillages().isEmpty() && due(YearMonth.parse(report.period()))) {
            send(NightMessages.missing(report));
        }
    }

    void refused(String period, String reason) {
        send(NightMessages.refused(period, reason));
    }

    /** Whether the period's returns were due by today: from the given day of the next month on (0: never). */
    boolean due(YearMonth period) {
        if (missingFromDay < 1) {
            return false;
        }
        YearMonth next = period.plusMonths(1);
        LocalDate dueDay = next.atDay(Math.min(missingFromDay, next.lengthOfMonth()));
        return !LocalDate.now(plan.zone()).isBefore(dueDay);
    }

    private void send(NightMessages.Message message) {
        notifier.send(message.subject(), message.text());
    }
}
