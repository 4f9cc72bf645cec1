package cn.villagestats.programme.roads;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.validation.Rows;
import cn.villagestats.validation.ValidatedRow;
import cn.villagestats.validation.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoadRowValidatorTests {

    private final RoadRowValidator validator = new RoadRowValidator(YearMonth.of(2020, 12));

    @Test
    void shouldAcceptAValidRowWithItsTypedRecord() {
        // given
        var row = Rows.road().with(RoadSheet.LENGTH_M, "1,250米").with(RoadSheet.HOUSEHOLD_ACCESS, "√").build();

        // when
        ValidatedRow result = validator.validate(row);

        // then
        assertThat(result.record()).isEqualTo(new RoadRecord(5, "村东路", new BigDecimal("1250"), new BigDecimal("4"),
                new BigDecimal("5000"), "水泥", true, 36, LocalDate.of(2020, 9, 30), new BigDecimal("62.5")));
    }

    @Test
    void shouldAcceptASegmentWithoutHouseholdAccessAndWithoutHouseholdsServed() {
        var row = Rows.road().with(RoadSheet.HOUSEHOLD_ACCESS, "否").with(RoadSheet.HOUSEHOLDS_SERVED, null)
                .with(RoadSheet.INVESTMENT_10K_YUAN, null).build();

        RoadRecord record = (RoadRecord) validator.validate(row).record();

        assertThat(record.householdAccess()).isFalse();
        assertThat(record.householdsServed()).isNull();
        assertThat(record.investment10kYuan()).isNull();
    }

    @Test
    void shouldRejectAMissingRoadName() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.NAME, null).build()));

        assertThat(violation.reasonZh()).isEqualTo("道路名称：必填项为空");
        assertThat(violation.reasonEn()).isEqualTo("road name: required value is missing");
    }

    @Test
    void shouldRejectARoadNameLongerThanTheDatabaseKeeps() {
        var accepted = validator.validate(Rows.road().with(RoadSheet.NAME, "路".repeat(128)).build());
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.NAME, "路".repeat(129)).build()));

        assertThat(accepted.isAccepted()).isTrue();
        assertThat(violation.reasonZh()).isEqualTo("道路名称最多128个字，填的是129个字");
        assertThat(violation.reasonEn()).isEqualTo("road name must have at most 128 characters, got 129");
    }

    @Test
    void shouldRejectALengthOutsideOneToTwentyThousandMetres() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.LENGTH_M, 20001).build()));

        assertThat(violation.column()).isEqualTo("长度(米)");
        assertThat(violation.value()).isEqualTo("20001");
        assertThat(violation.reasonZh()).isEqualTo("长度(米)应在1到20000之间，填的是20001");
        assertThat(violation.reasonEn()).isEqualTo("length (m) must be between 1 and 20000, got 20001");
    }

    @Test
    void shouldRejectALengthInAnotherUnit() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.LENGTH_M, "1.25公里").build()));

        assertThat(violation.reasonZh()).isEqualTo("长度(米)：单位“公里”不对，应以米为单位的数字");
        assertThat(violation.reasonEn()).isEqualTo("length (m): unit '公里' is wrong; expected a number in the unit 米");
    }

    @Test
    void shouldRejectAWidthOutsideTwoToTwelveMetres() {
        var row = Rows.road().with(RoadSheet.WIDTH_M, 1.5).with(RoadSheet.AREA_M2, 1875).build();

        var violation = Violations.single(validator.validate(row));

        assertThat(violation.reasonZh()).isEqualTo("宽度(米)应在2到12之间，填的是1.5");
        assertThat(violation.reasonEn()).isEqualTo("width (m) must be between 2 and 12, got 1.5");
    }

    @Test
    void shouldRejectAnAreaMoreThanFivePercentFromLengthTimesWidth() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.AREA_M2, 5300).build()));

        assertThat(violation.column()).isEqualTo("面积(平方米)");
        assertThat(violation.reasonZh()).isEqualTo("面积(平方米)(5300)与长度×宽度(1250×4=5000)相差超过5%");
        assertThat(violation.reasonEn()).isEqualTo("area (m2) (5300) differs from length x width (1250x4=5000) by more than 5%");
    }

    @Test
    void shouldAcceptAnAreaWithinFivePercent() {
        assertThat(validator.validate(Rows.road().with(RoadSheet.AREA_M2, "5250平方米").build()).isAccepted()).isTrue();
        assertThat(validator.validate(Rows.road().with(RoadSheet.AREA_M2, 4750).build()).isAccepted()).isTrue();
    }

    @Test
    void shouldNotJudgeTheAreaWhenTheWidthIsAlreadyWrong() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.WIDTH_M, 20).build()));

        assertThat(violation.column()).isEqualTo("宽度(米)");
    }

    @Test
    void shouldRejectAnUnknownSurface() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.SURFACE, "柏油").build()));

        assertThat(violation.reasonZh()).isEqualTo("路面类型：“柏油”不是可选的值，应为 水泥、沥青、砂石、其他 之一");
    }

    @Test
    void shouldRejectAHouseholdAccessAnswerThatIsNotYesOrNo() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.HOUSEHOLD_ACCESS, "部分").build()));

        assertThat(violation.reasonEn()).isEqualTo("reaches every household: '部分' is not a yes/no answer; expected 是 or 否 (yes/no)");
    }

    @Test
    void shouldRequireHouseholdsServedWhenTheSegmentReachesHouseholds() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.HOUSEHOLDS_SERVED, null).build()));

        assertThat(violation.column()).isEqualTo("受益户数");
        assertThat(violation.reasonZh()).isEqualTo("受益户数：必填项为空");
        assertThat(violation.reasonEn()).isEqualTo("households served: required value is missing");
    }

    @Test
    void shouldAcceptASheetWithoutTheHouseholdsServedColumnWhileNoSegmentIsHouseholdAccess() {
        // given a sheet whose clerk deleted 受益户数, no segment being 户户通
        var row = Rows.road().with(RoadSheet.HOUSEHOLD_ACCESS, "否").withoutColumn(RoadSheet.HOUSEHOLDS_SERVED).build();

        // when
        ValidatedRow result = validator.validate(row);

        // then
        assertThat(result.record()).isEqualTo(new RoadRecord(5, "村东路", new BigDecimal("1250"), new BigDecimal("4"),
                new BigDecimal("5000"), "水泥", false, null, LocalDate.of(2020, 9, 30), new BigDecimal("62.5")));
    }

    @Test
    void shouldRejectAHouseholdAccessSegmentInASheetWithoutTheHouseholdsServedColumn() {
        // given a 户户通 segment in a sheet without 受益户数
        var row = Rows.road().at(7).with(RoadSheet.HOUSEHOLD_ACCESS, "是").withoutColumn(RoadSheet.HOUSEHOLDS_SERVED).build();

        // when
        var violation = Violations.single(validator.validate(row));

        // then the row is rejected, the reason saying the column is missing
        assertThat(violation.rowNumber()).isEqualTo(7);
        assertThat(violation.column()).isEqualTo("受益户数");
        assertThat(violation.value()).isEmpty();
        assertThat(violation.reasonZh()).isEqualTo("是否户户通为“是”，但工作表中没有“受益户数”列：请加上该列并填写受益户数");
        assertThat(violation.reasonEn()).isEqualTo("a 户户通 (household access) segment, but the sheet has no 受益户数 "
                + "(households_served) column: add the column and fill in the households served");
    }

    @Test
    void shouldRejectHouseholdsServedAboveTwoThousand() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.HOUSEHOLDS_SERVED, "2001户").build()));

        assertThat(violation.value()).isEqualTo("2001户");
        assertThat(violation.reasonZh()).isEqualTo("受益户数应在0到2000之间，填的是2001");
    }

    @Test
    void shouldRejectAFractionOfAHousehold() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.HOUSEHOLDS_SERVED, 12.5).build()));

        assertThat(violation.reasonZh()).isEqualTo("受益户数：应为整数，填的是12.5");
        assertThat(violation.reasonEn()).isEqualTo("households served: must be a whole number, got 12.5");
    }

    @Test
    void shouldRejectACompletionDateOfAnotherYear() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.COMPLETED_ON, 43466).build()));

        assertThat(violation.reasonZh()).isEqualTo("完工日期(2019-01-01)不在2020年内，只填本年度完工的");
    }

    @Test
    void shouldAcceptAZeroInvestment() {
        ValidatedRow result = validator.validate(Rows.road().with(RoadSheet.INVESTMENT_10K_YUAN, 0).build());

        assertThat(result.isAccepted()).isTrue();
        assertThat(((RoadRecord) result.record()).investment10kYuan()).isZero();
    }

    @Test
    void shouldRejectANegativeInvestment() {
        var violation = Violations.single(validator.validate(Rows.road().with(RoadSheet.INVESTMENT_10K_YUAN, -3).build()));

        assertThat(violation.reasonZh()).isEqualTo("投资(万元)不能为负数，填的是-3");
        assertThat(violation.reasonEn()).isEqualTo("investment (10k yuan) must be 0 or more, got -3");
    }
}
