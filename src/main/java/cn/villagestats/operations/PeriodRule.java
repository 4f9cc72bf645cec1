package cn.villagestats.operations;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which month a nightly run consolidates: early in a month the villages are still sending
 * last month's returns, so until a given day the previous month is meant, then the current.
 */
record PeriodRule(int previousMonthUntilDay) {

    PeriodRule {
        if (previousMonthUntilDay < 0 || previousMonthUntilDay > 31) {
            throw new IllegalArgumentException("previous-month-until-day must be 0..31: " + previousMonthUntilDay);
        }
    }

    YearMonth periodOn(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.getDayOfMonth() <= previousMonthUntilDay ? month.minusMonths(1) : month;
    }
}
