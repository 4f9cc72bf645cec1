package cn.villagestats.programme.water;

import java.math.BigDecimal;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.validation.RowReader;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.ValidatedRow;

import static cn.villagestats.programme.water.WaterSheet.*;

/** Applies the 饮水安全 rules to one row: the shared parsers, and a project serves 1 to 5000 households. */
final class WaterRowValidator implements RowRule {

    @Override
    public ValidatedRow validate(ReturnRow row) {
        RowReader r = new RowReader(row);
        r.whole(NO, false);
        String project = r.text(PROJECT, true, 128);
        Integer households = r.whole(HOUSEHOLDS, true);
        r.within(HOUSEHOLDS, households, 1, 5000);
        Boolean qualityOk = r.yesNo(QUALITY_OK, true);
        BigDecimal investment = r.number(INVESTMENT, false);
        if (r.hasViolations()) {
            return ValidatedRow.rejected(row.sheetName(), row.rowNumber(), r.violations());
        }
        return ValidatedRow.accepted(row.sheetName(), new WaterRecord(row.rowNumber(), project, households, qualityOk,
                investment));
    }
}
