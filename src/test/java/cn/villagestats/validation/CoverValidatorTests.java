package cn.villagestats.validation;

import cn.villagestats.intake.CoverField;
import cn.villagestats.registry.Village;
import cn.villagestats.registry.VillageRegistry;
import cn.villagestats.workbook.SheetCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static cn.villagestats.intake.CoverField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CoverValidatorTests {

    private static final YearMonth DECEMBER_2020 = YearMonth.of(2020, 12);

    /** A few villages from seeds/villages.csv. */
    private static final VillageRegistry REGISTRY = new VillageRegistry() {
        private final List<Village> villages = List.of(
                new Village("370982104201", "镇里村", 372, 13),
                new Village("370982104202", "泉里村", 232, 17),
                new Village("370982104204", "王家庄村", 247, 9));

        @Override
        public Optional<Village> find(String code) {
            return villages.stream().filter(v -> v.code().equals(code)).findFirst();
        }

        @Override
        public List<Village> all() {
            return villages;
        }
    };

    private final CoverValidator validator = new CoverValidator(REGISTRY);

    private static Map<CoverField, SheetCell> validCover() {
        Map<CoverField, SheetCell> cover = new EnumMap<>(CoverField.class);
        cover.put(VILLAGE_CODE, Cells.text("370982104202"));
        cover.put(VILLAGE_NAME, Cells.text("泉里村"));
        cover.put(PERIOD, Cells.text("2020-12"));
        cover.put(PREPARER, Cells.text(" 李四 "));
        cover.put(PHONE, Cells.text("0538-1234567"));
        cover.put(SUBMITTED_ON, Cells.text("2021年1月5日"));
        cover.put(TEMPLATE_VERSION, Cells.text("2020.1"));
        return cover;
    }

    private CoverResult validateWith(CoverField field, SheetCell cell) {
        Map<CoverField, SheetCell> cover = validCover();
        cover.put(field, cell);
        return validator.validate(cover, DECEMBER_2020);
    }

    private static Violation single(CoverResult result) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).hasSize(1);
        return result.violations().get(0);
    }

    @Test
    void shouldAcceptAValidCoverWithTheRegistrysVillageName() {
        CoverResult result = validateWith(VILLAGE_NAME, Cells.text("泉里"));

        assertThat(result.cover()).isEqualTo(new Cover("370982104202", "泉里村", DECEMBER_2020, "李四", "0538-1234567",
                LocalDate.of(2021, 1, 5), "2020.1"));
    }

    static Stream<SheetCell> periodForms() {
        return Stream.of(Cells.text("2020-12"), Cells.text("2020年12月"), Cells.text("2020/12"), Cells.text("202012"),
                Cells.text("２０２０年１２月"), Cells.text("2020.12"), Cells.number(202012),
                Cells.date(LocalDate.of(2020, 12, 1)));
    }

    @ParameterizedTest
    @MethodSource("periodForms")
    void shouldReadEveryFormOfThePeriod(SheetCell period) {
        assertThat(validateWith(PERIOD, period).cover().period()).isEqualTo(DECEMBER_2020);
    }

    @Test
    void shouldReadAVillageCodeStoredAsANumberOrInFullWidthDigits() {
        assertThat(validateWith(VILLAGE_CODE, Cells.number(370982104202d)).isValid()).isTrue();
        assertThat(validateWith(VILLAGE_CODE, Cells.text("３７０９８２１０４２０２")).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"37098210420", "3709821042021", "泉里村"})
    void shouldRejectAVillageCodeThatIsNotTwelveDigits(String typed) {
        var violation = single(validateWith(VILLAGE_CODE, Cells.text(typed)));

        assertThat(violation.sheet()).isEqualTo("封面");
        assertThat(violation.rowNumber()).isZero();
        assertThat(violation.column()).isEqualTo("村代码");
        assertThat(violation.value()).isEqualTo(typed);
        assertThat(violation.reasonZh()).isEqualTo("村代码：“" + typed + "”不是12位数字的村代码");
        assertThat(violation.reasonEn()).isEqualTo("village code: '" + typed + "' is not a 12-digit village code");
    }

    @Test
    void shouldRejectAVillageCodeNotInTheRegistry() {
        var violation = single(validateWith(VILLAGE_CODE, Cells.text("370982104299")));

        assertThat(violation.reasonZh()).isEqualTo("村代码370982104299不在本镇村名册中");
        assertThat(violation.reasonEn()).isEqualTo("village code 370982104299 is not in the township's village registry");
    }

    @Test
    void shouldRejectAVillageNameThatDisagreesWithTheRegistry() {
        var violation = single(validateWith(VILLAGE_NAME, Cells.text("镇里村")));

        assertThat(violation.column()).isEqualTo("村名");
        assertThat(violation.reasonZh()).isEqualTo("村名“镇里村”与村代码370982104202登记的“泉里村”不一致");
        assertThat(violation.reasonEn()).isEqualTo(
                "village name '镇里村' does not agree with '泉里村' registered for code 370982104202");
    }

    @Test
    void shouldRejectAReturnForAnotherPeriod() {
        var violation = single(validateWith(PERIOD, Cells.text("2020年11月")));

        assertThat(violation.value()).isEqualTo("2020年11月");
        assertThat(violation.reasonZh()).isEqualTo("报告期为2020-11，这份报表属于其他报告期，本次汇总的是2020-12");
        assertThat(violation.reasonEn()).isEqualTo(
                "reporting period is 2020-11: the return is for another period; this run consolidates 2020-12");
    }

    @Test
    void shouldRejectAPeriodThatIsNotAMonth() {
        var violation = single(validateWith(PERIOD, Cells.text("2020年13月")));

        assertThat(violation.reasonZh()).isEqualTo("报告期：“2020年13月”不是月份，应填写如 2020-12 或 2020年12月");
        assertThat(violation.reasonEn()).isEqualTo("reporting period: '2020年13月' is not a month; expected e.g. 2020-12 or 2020年12月");
    }

    @Test
    void shouldRejectAMissingPreparer() {
        var violation = single(validateWith(PREPARER, Cells.blank()));

        assertThat(violation.reasonZh()).isEqualTo("填报人：必填项为空");
        assertThat(violation.reasonEn()).isEqualTo("preparer: required value is missing");
    }

    @Test
    void shouldRejectASubmissionDateThatIsNotADate() {
        var violation = single(validateWith(SUBMITTED_ON, Cells.text("1月5日")));

        assertThat(violation.reasonZh()).isEqualTo("填报日期：“1月5日”不是日期，应填写日期，如 2020-05-03");
    }

    @Test
    void shouldAcceptACoverWithoutItsOptionalFields() {
        Map<CoverField, SheetCell> cover = validCover();
        cover.remove(PHONE);
        cover.remove(SUBMITTED_ON);
        cover.remove(TEMPLATE_VERSION);

        CoverResult result = validator.validate(cover, DECEMBER_2020);

        assertThat(result.cover().submittedOn()).isNull();
    }

    @Test
    void shouldReportEveryBadFieldOfTheCover() {
        // given
        Map<CoverField, SheetCell> cover = validCover();
        cover.remove(VILLAGE_CODE);
        cover.put(PERIOD, Cells.text("上个月"));
        cover.put(PREPARER, Cells.text(""));

        // when
        CoverResult result = validator.validate(cover, DECEMBER_2020);

        // then
        assertThat(result.violations())
                .extracting(Violation::column, Violation::reasonEn)
                .containsExactly(
                        tuple("村代码", "village code: required value is missing"),
                        tuple("报告期", "reporting period: '上个月' is not a month; expected e.g. 2020-12 or 2020年12月"),
                        tuple("填报人", "preparer: required value is missing"));
    }
}
