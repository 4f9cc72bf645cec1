package cn.villagestats.validation;

import cn.villagestats.returns.ReturnColumn;

import java.time.LocalDate;
import java.time.YearMonth;

/** A rule programmes share (toilets and roads): work completed this year, and not after the period ends. */
public final class CompletionDates {

    private CompletionDates() {
    }

    /** The column's date, or null with the cell rejected when it is missing or outside the period's year to date. */
    public static LocalDate read(RowReader reader, ReturnColumn column, YearMonth period) {
        LocalDate date = reader.date(column, true);
        if (date == null) {
            return null;
        }
        String name = column.header();
        String en = column.englishName();
        if (date.getYear() != period.getYear()) {
            reader.reject(column, name + "(" + date + ")不在" + period.getYear() + "年内，只填本年度完工的",
                    en + " (" + date + ") is not in " + period.getYear() + "; report only work completed this year");
            return null;
        }
        LocalDate lastDay = period.atEndOfMonth();
        if (date.isAfter(lastDay)) {
            reader.reject(column, name + "(" + date + ")晚于报告期末(" + lastDay + ")",
                    en + " (" + date + ") is after the end of the reporting period (" + lastDay + ")");
            return null;
        }
        return date;
    }
}
