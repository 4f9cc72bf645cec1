package cn.villagestats.operations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a run started without explicit arguments consolidates: the period by the
 * {@link PeriodRule} in the township's time zone, its inbox {@code <inbox-root>/<period>}.
 */
@Component
class NightlyPlan {

    private final Path inboxRoot;
    private final Path out;
    private final PeriodRule rule;
    private final ZoneId zone;

    NightlyPlan(@Value("${villagestats.inbox-root:inbox}") Path inboxRoot,
                @Value("${villagestats.out:out}") Path out,
                @Value("${villagestats.period.previous-month-until-day:10}") int previousMonthUntilDay,
                @Value("${villagestats.schedule.zone:Asia/Shanghai}") ZoneId zone) {
        this.inboxRoot = inboxRoot;
        this.out = out;
        this.rule = new PeriodRule(previousMonthUntilDay);
        this.zone = zone;
    }

    YearMonth period() {
        return rule.periodOn(LocalDate.now(zone));
    }

    Path inbox(YearMonth period) {
        return inboxRoot.resolve(period.toString());
    }

    Path out() {
        return out;
    }

    ZoneId zone() {
        return zone;
    }
}
