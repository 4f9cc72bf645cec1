package cn.villagestats.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.intake.TotalRow;
import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.programme.toilets.ToiletSheet;
import org.junit.jupiter.api.Test;

/** A village's 合计 row is compared with its rows' sum, however each number was typed. */
class TotalRowCheckTests {

    @Test
    void shouldSumWholeDecimalAndTypedNumbersExactly() {
        // given subsidies typed as whole numbers, a decimal, text, and one beyond a long's whole-number path
        TotalRowCheck check = new TotalRowCheck();
        check.add(row(2, number(1200)));
        check.add(row(3, number(300.5)));
        check.add(row(4, SheetCell.text(4, "500")));
        check.add(row(5, number(-0.5)));

        // when
        var agreeing = check.compare(java.util.List.of(total(number(2000))));
        var disagreeing = check.compare(java.util.List.of(total(number(2000.5))));

        // then
        assertThat(agreeing).isEmpty();
        assertThat(disagreeing).singleElement()
                .satisfies(w -> assertThat(w.reasonZh()).contains("但各行相加是2000，请核对"));
    }

    @Test
    void shouldNotOverflowWhenWholeNumbersAddUpBeyondALong() {
        // given ten thousand whole subsidies, each just under the exact-long limit, whose sum a long cannot hold exactly
        TotalRowCheck check = new TotalRowCheck();
        for (int i = 0; i < 10_000; i++) {
            check.add(row(2 + i, number(999_999_999_999_999d)));
        }

        // when
        var warnings = check.compare(java.util.List.of(total(SheetCell.text(4, "9999999999999990000"))));

        // then
        assertThat(warnings).isEmpty();
    }

    private static SheetCell number(double value) {
        return new SheetCell(4, CellKind.NUMBER, Double.toString(value), value);
    }

    private static ReturnRow row(int number, SheetCell subsidy) {
        return new ReturnRow(ToiletSheet.SHEET, "卫生改厕", number, Map.of(ToiletSheet.SUBSIDY_YUAN, subsidy));
    }

    private static TotalRow total(SheetCell subsidy) {
        return new TotalRow(ToiletSheet.SHEET, "卫生改厕", 99, Map.of(ToiletSheet.SUBSIDY_YUAN, subsidy));
    }
}
