package cn.villagestats.validation;

import cn.villagestats.intake.ReturnRow;

import java.time.YearMonth;

import static cn.villagestats.intake.ReturnColumn.*;

/** Applies the 卫生改厕 rules to one row. Township-wide 身份证号 uniqueness is checked later, across returns. */
final class ToiletRowValidator {

    private static final int SUBSIDY_MAX_YUAN = 5000;

    private final YearMonth period;

    ToiletRowValidator(YearMonth period) {
        this.period = period;
    }

    ValidatedRow validate(ReturnRow row) {
        RowReader r = new RowReader(row);
        r.whole(TOILET_NO, Unit.NONE, false);
        String householder = r.text(TOILET_HOUSEHOLDER, true);
        if (householder != null && (Texts.length(householder) < 2 || Texts.length(householder) > 20)) {
            r.reject(TOILET_HOUSEHOLDER, "户主姓名应为2到20个字，填的是" + Texts.length(householder) + "个字",
                    "householder name must have 2 to 20 characters, got " + Texts.length(householder));
        }
        String idNumber = r.idNumber(TOILET_ID_NUMBER);
        String group = r.text(TOILET_GROUP, false, 64);
        String type = r.choice(TOILET_TYPE, Enumerations.TOILET_TYPES);
        Boolean poor = r.yesNo(TOILET_POOR_HOUSEHOLD, true);
        var completedOn = CompletionDates.read(r, TOILET_COMPLETED_ON, period);
        String acceptance = r.choice(TOILET_ACCEPTANCE, Enumerations.ACCEPTANCE);
        var subsidy = r.number(TOILET_SUBSIDY_YUAN, Unit.YUAN, false);
        r.within(TOILET_SUBSIDY_YUAN, subsidy, 0, SUBSIDY_MAX_YUAN);
        if (r.hasViolations()) {
            return ValidatedRow.rejected(row.sheetName(), row.rowNumber(), r.violations());
        }
        return ValidatedRow.accepted(row.sheetName(), new ToiletRecord(row.rowNumber(), householder, idNumber,
                group, type, poor, completedOn, acceptance, subsidy));
    }
}
