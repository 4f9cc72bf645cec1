package cn.villagestats.programme.toilets;

import java.time.YearMonth;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.validation.CompletionDates;
import cn.villagestats.validation.Enumerations;
import cn.villagestats.validation.RowReader;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.Texts;
import cn.villagestats.validation.ValidatedRow;

import static cn.villagestats.programme.toilets.ToiletSheet.*;

/** Applies the 卫生改厕 rules to one row. Township-wide 身份证号 uniqueness is checked later, across returns. */
final class ToiletRowValidator implements RowRule {

    private static final int SUBSIDY_MAX_YUAN = 5000;
    private static final Enumerations TYPES = Enumerations.of(TYPE);
    private static final Enumerations ACCEPTANCES = Enumerations.of(ACCEPTANCE);

    private final YearMonth period;

    ToiletRowValidator(YearMonth period) {
        this.period = period;
    }

    @Override
    public ValidatedRow validate(ReturnRow row) {
        RowReader r = new RowReader(row);
        r.whole(NO, false);
        String householder = r.text(HOUSEHOLDER, true);
        if (householder != null && (Texts.length(householder) < 2 || Texts.length(householder) > 20)) {
            r.reject(HOUSEHOLDER, "户主姓名应为2到20个字，填的是" + Texts.length(householder) + "个字",
                    "householder name must have 2 to 20 characters, got " + Texts.length(householder));
        }
        String idNumber = r.idNumber(ID_NUMBER);
        String group = r.text(GROUP, false, 64);
        String type = r.choice(TYPE, TYPES);
        Boolean poor = r.yesNo(POOR_HOUSEHOLD, true);
        var completedOn = CompletionDates.read(r, COMPLETED_ON, period);
        String acceptance = r.choice(ACCEPTANCE, ACCEPTANCES);
        var subsidy = r.number(SUBSIDY_YUAN, false);
        r.within(SUBSIDY_YUAN, subsidy, 0, SUBSIDY_MAX_YUAN);
        if (r.hasViolations()) {
            return ValidatedRow.rejected(row.sheetName(), row.rowNumber(), r.violations());
        }
        return ValidatedRow.accepted(row.sheetName(), new ToiletRecord(row.rowNumber(), householder, idNumber,
                group, type, poor, completedOn, acceptance, subsidy));
    }
}
