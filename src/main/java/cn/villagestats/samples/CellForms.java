package cn.villagestats.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import cn.villagestats.samples.ReturnLayout.DateForm;
import cn.villagestats.samples.ReturnLayout.NumberForm;
import cn.villagestats.samples.ReturnLayout.PeriodForm;
import cn.villagestats.samples.ReturnLayout.YesNoForm;
import cn.villagestats.spreadsheet.SheetBuilder.Styled;

/** The cell a clerk would have typed for a value, in each of the forms the contract accepts. */
final class CellForms {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private CellForms() {
    }

    static Object date(LocalDate date, DateForm form) {
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        return switch (form) {
            case DATE_CELL -> date;
            case CHINESE_DATE_CELL -> new Styled(date, "yyyy\"年\"m\"月\"d\"日\"");
            case SERIAL -> (double) ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
            case ISO_TEXT -> date.toString();
            case SLASH_TEXT -> y + "/" + m + "/" + d;
            case DOT_TEXT -> y + "." + m + "." + d;
            case CHINESE_TEXT -> y + "年" + m + "月" + d + "日";
            case COMPACT_TEXT -> String.format("%d%02d%02d", y, m, d);
        };
    }

    static Object yesNo(boolean value, YesNoForm form) {
        return switch (form) {
            case CHINESE -> value ? "是" : "否";
            case Y_N -> value ? "Y" : "N";
            case YES_NO -> value ? "yes" : "no";
            case TICK_CROSS -> value ? "√" : "×";
            case ONE_ZERO -> value ? 1 : 0;
            case BOOLEAN -> value;
        };
    }

    /** A whole number typed as text in the given form; {@code metres} allows the 米 suffix. */
    static Object whole(int value, NumberForm form, boolean metres) {
        return switch (form) {
            case NONE -> value;
            case THOUSANDS -> String.format("%,d", value);
            case UNIT_SUFFIX -> metres ? value + "米" : " " + value + " ";
            case FULL_WIDTH -> fullWidth(Integer.toString(value));
            case PADDED -> " " + value + " ";
            case DECIMAL -> value + ".0";
        };
    }

    static String period(YearMonth period, PeriodForm form) {
        int y = period.getYear();
        int m = period.getMonthValue();
        return switch (form) {
            case ISO -> period.toString();
            case CHINESE -> y + "年" + m + "月";
            case COMPACT -> String.format("%d%02d", y, m);
            case SLASH -> y + "/" + m;
        };
    }

    static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return out.toString();
    }
}
