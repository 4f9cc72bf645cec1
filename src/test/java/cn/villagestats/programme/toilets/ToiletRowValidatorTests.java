package cn.villagestats.programme.toilets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.validation.Cells;
import cn.villagestats.validation.Rows;
import cn.villagestats.validation.ValidatedRow;
import cn.villagestats.validation.Violation;
import cn.villagestats.validation.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ToiletRowValidatorTests {

    private final ToiletRowValidator validator = new ToiletRowValidator(YearMonth.of(2020, 12));

    @Test
    void shouldAcceptAValidRowWithItsTypedRecord() {
        // given
        var row = Rows.toilet().with(ToiletSheet.ID_NUMBER, "11010519491231002x").with(ToiletSheet.SUBSIDY_YUAN, "1,000元").build();

        // when
        ValidatedRow result = validator.validate(row);

        // then
        assertThat(result.isAccepted()).isTrue();
        assertThat(result.record()).isEqualTo(new ToiletRecord(5, "张三", "11010519491231002X", "一组", "三格化粪池式",
                true, LocalDate.of(2020, 5, 3), "已验收", new BigDecimal("1000")));
    }

    @Test
    void shouldAcceptARowWithoutTheOptionalCells() {
        var row = Rows.toilet().with(ToiletSheet.NO, null).with(ToiletSheet.GROUP, null).with(ToiletSheet.SUBSIDY_YUAN, null).build();

        ToiletRecord record = (ToiletRecord) validator.validate(row).record();

        assertThat(record.group()).isNull();
        assertThat(record.subsidyYuan()).isNull();
    }

    @Test
    void shouldRejectAMissingHouseholder() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.HOUSEHOLDER, "  ").build()));

        assertThat(violation.column()).isEqualTo("户主姓名");
        assertThat(violation.value()).isEqualTo("  ");
        assertThat(violation.reasonZh()).isEqualTo("户主姓名：必填项为空");
        assertThat(violation.reasonEn()).isEqualTo("householder name: required value is missing");
    }

    @Test
    void shouldRejectAHouseholderNameOfOneCharacter() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.HOUSEHOLDER, "张").build()));

        assertThat(violation.value()).isEqualTo("张");
        assertThat(violation.reasonZh()).isEqualTo("户主姓名应为2到20个字，填的是1个字");
        assertThat(violation.reasonEn()).isEqualTo("householder name must have 2 to 20 characters, got 1");
    }

    @Test
    void shouldRejectAHouseholderNameLongerThanTwentyCharacters() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.HOUSEHOLDER, "张".repeat(21)).build()));

        assertThat(violation.reasonZh()).isEqualTo("户主姓名应为2到20个字，填的是21个字");
    }

    @Test
    void shouldRejectAWrongCheckDigitAndMaskTheIdNumber() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.ID_NUMBER, "370982198001011233").build()));

        assertThat(violation.column()).isEqualTo("身份证号");
        assertThat(violation.value()).isEqualTo("370982********1233");
        assertThat(violation.reasonZh()).isEqualTo("身份证号：校验位不对，号码有误，请核对");
        assertThat(violation.reasonEn()).isEqualTo("id number: check digit does not match; the number is mistyped, please check it");
        assertThat(violation.reasonZh() + violation.reasonEn()).doesNotContain("370982198001011233");
    }

    @Test
    void shouldRejectAnIdNumberStoredAsAnEighteenDigitNumber() {
        // Excel turned the typed number into 3.70982198001011E17
        var idCell = new SheetCell(0, CellKind.NUMBER,
                "370982198001011000", 370982198001011232d);

        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.ID_NUMBER, idCell).build()));

        assertThat(violation.value()).isEqualTo("370982********1000");
        assertThat(violation.reasonZh()).isEqualTo(
                "身份证号：存成了数字，Excel 只保留15位有效数字，最后几位已经丢失；请把该列设置为文本格式后重新输入号码");
        assertThat(violation.reasonEn()).isEqualTo("id number: was stored as a number; Excel keeps only 15 significant "
                + "digits, so the last digits are lost; format the column as text and retype the number");
    }

    @Test
    void shouldAcceptValuesWithNoBreakAndZeroWidthSpacesAroundThem() {
        // given values pasted from a web page or left by WPS
        var row = Rows.toilet().with(ToiletSheet.HOUSEHOLDER, "\u00A0张三\u200B").with(ToiletSheet.ID_NUMBER, "\uFEFF" + Rows.VALID_ID)
                .with(ToiletSheet.TYPE, "三格化粪池式\u2002").with(ToiletSheet.POOR_HOUSEHOLD, "\u3000是\u200B")
                .with(ToiletSheet.ACCEPTANCE, "\u200B已验收\u00A0").with(ToiletSheet.GROUP, "\u2009一组\u2060").build();

        // when
        ValidatedRow result = validator.validate(row);

        // then
        assertThat(result.violations()).isEmpty();
        assertThat(result.record()).isEqualTo(new ToiletRecord(5, "张三", Rows.VALID_ID, "一组", "三格化粪池式",
                true, LocalDate.of(2020, 5, 3), "已验收", new BigDecimal("1000")));
    }

    @Test
    void shouldQuoteAnIdNumberReadAsANumberAsExcelShowsIt() {
        // given the number 3.70982196602012E17 as the reader gives it: 15 significant digits, then zeros
        var idCell = new SheetCell(0, CellKind.NUMBER, "370982196602012000", 3.7098219660201203E17);

        // when
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.ID_NUMBER, idCell).build()));

        // then
        assertThat(violation.value()).isEqualTo("370982********2000");
    }

    @Test
    void shouldRejectAnUnknownToiletType() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.TYPE, "旱厕").build()));

        assertThat(violation.reasonZh()).isEqualTo("改厕类型：“旱厕”不是可选的值，应为 三格化粪池式、双瓮漏斗式、完整下水道水冲式、其他 之一");
        assertThat(violation.reasonEn()).isEqualTo(
                "toilet type: '旱厕' is not an allowed value; expected one of 三格化粪池式, 双瓮漏斗式, 完整下水道水冲式, 其他");
    }

    @Test
    void shouldRejectAPoorHouseholdAnswerThatIsNotYesOrNo() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.POOR_HOUSEHOLD, "脱贫户").build()));

        assertThat(violation.column()).isEqualTo("是否贫困户");
        assertThat(violation.reasonZh()).isEqualTo("是否贫困户：“脱贫户”不是“是”或“否”，应填写 是/否");
        assertThat(violation.reasonEn()).isEqualTo("poor household: '脱贫户' is not a yes/no answer; expected 是 or 否 (yes/no)");
    }

    @Test
    void shouldRejectACompletionDateOutsideThePeriodsYear() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.COMPLETED_ON, "2019/12/30").build()));

        assertThat(violation.value()).isEqualTo("2019/12/30");
        assertThat(violation.reasonZh()).isEqualTo("完工日期(2019-12-30)不在2020年内，只填本年度完工的");
        assertThat(violation.reasonEn()).isEqualTo("completion date (2019-12-30) is not in 2020; report only work completed this year");
    }

    @Test
    void shouldRejectACompletionDateAfterThePeriodsLastDay() {
        var juneValidator = new ToiletRowValidator(YearMonth.of(2020, 6));

        var violation = Violations.single(juneValidator.validate(Rows.toilet().with(ToiletSheet.COMPLETED_ON, "2020年7月1日").build()));

        assertThat(violation.reasonZh()).isEqualTo("完工日期(2020-07-01)晚于报告期末(2020-06-30)");
        assertThat(violation.reasonEn()).isEqualTo("completion date (2020-07-01) is after the end of the reporting period (2020-06-30)");
    }

    @Test
    void shouldAcceptACompletionDateOnThePeriodsLastDay() {
        var juneValidator = new ToiletRowValidator(YearMonth.of(2020, 6));

        ValidatedRow result = juneValidator.validate(Rows.toilet().with(ToiletSheet.COMPLETED_ON, "2020-06-30").build());

        assertThat(((ToiletRecord) result.record()).completedOn()).isEqualTo(LocalDate.of(2020, 6, 30));
    }

    @Test
    void shouldRejectAnUnknownAcceptance() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.ACCEPTANCE, "验收中").build()));

        assertThat(violation.reasonZh()).isEqualTo("验收情况：“验收中”不是可选的值，应为 已验收、未验收 之一");
    }

    @Test
    void shouldRejectASubsidyAboveFiveThousandYuan() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.SUBSIDY_YUAN, 5001).build()));

        assertThat(violation.value()).isEqualTo("5001");
        assertThat(violation.reasonZh()).isEqualTo("补助金额(元)应在0到5000之间，填的是5001");
        assertThat(violation.reasonEn()).isEqualTo("subsidy (yuan) must be between 0 and 5000, got 5001");
    }

    @Test
    void shouldRejectASubsidyFormulaWithoutResult() {
        var violation = Violations.single(validator.validate(
                Rows.toilet().with(ToiletSheet.SUBSIDY_YUAN, Cells.formulaWithoutResult()).build()));

        assertThat(violation.reasonZh()).isEqualTo("补助金额(元)：公式没有计算结果");
        assertThat(violation.reasonEn()).isEqualTo("subsidy (yuan): formula has no calculated result");
    }

    @Test
    void shouldRejectAFractionalSerialNumber() {
        var violation = Violations.single(validator.validate(Rows.toilet().with(ToiletSheet.NO, "1.5").build()));

        assertThat(violation.reasonZh()).isEqualTo("序号：应为整数，填的是1.5");
        assertThat(violation.reasonEn()).isEqualTo("serial number: must be a whole number, got 1.5");
    }

    @Test
    void shouldReportEveryBadCellOfARow() {
        // given
        var row = Rows.toilet().at(9).with(ToiletSheet.HOUSEHOLDER, null).with(ToiletSheet.ID_NUMBER, "37098219800101")
                .with(ToiletSheet.ACCEPTANCE, "好").with(ToiletSheet.SUBSIDY_YUAN, Cells.error("#VALUE!")).build();

        // when
        ValidatedRow result = validator.validate(row);

        // then
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.violations())
                .extracting(Violation::sheet, Violation::rowNumber, Violation::column, Violation::value)
                .containsExactly(
                        tuple("卫生改厕", 9, "户主姓名", ""),
                        tuple("卫生改厕", 9, "身份证号", "*************1"),
                        tuple("卫生改厕", 9, "验收情况", "好"),
                        tuple("卫生改厕", 9, "补助金额(元)", "#VALUE!"));
        assertThat(result.violations().get(3).reasonZh()).isEqualTo("补助金额(元)：单元格是错误值#VALUE!，请改正公式或重新填写");
    }
}
