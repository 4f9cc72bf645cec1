package cn.villagestats.programme.surveillance;

import java.time.LocalDate;

import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.validation.Rows;
import cn.villagestats.validation.ValidatedRow;
import cn.villagestats.validation.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveillanceRowValidatorTests {

    private final SurveillanceRowValidator validator = new SurveillanceRowValidator();

    @Test
    void shouldAcceptAValidRowWithItsTypedRecord() {
        var row = Rows.point().with(SurveillanceSheet.CAMERAS_ONLINE, "7台").with(SurveillanceSheet.CONNECTED, true).build();

        ValidatedRow result = validator.validate(row);

        assertThat(result.record()).isEqualTo(new SurveillanceRecord(5, "村口东", "村口", 8, 7, true, LocalDate.of(2019, 6, 1)));
    }

    @Test
    void shouldRejectABuildDateOutsideTheYearsADatabaseKeeps() {
        var yearZero = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.BUILT_ON, "0000-01-01").build()));
        var first = validator.validate(Rows.point().with(SurveillanceSheet.NAME, "村口西").with(SurveillanceSheet.BUILT_ON, "1900-01-01").build());

        assertThat(yearZero.reasonZh()).isEqualTo("建成日期应在1900年到2099年之间，填的是0000-01-01");
        assertThat(yearZero.reasonEn()).isEqualTo("date built must be between 1900 and 2099, got 0000-01-01");
        assertThat(first.isAccepted()).isTrue();
    }

    @Test
    void shouldAcceptAPointWithoutABuildDate() {
        var record = (SurveillanceRecord) validator.validate(Rows.point().with(SurveillanceSheet.BUILT_ON, null).build()).record();

        assertThat(record.builtOn()).isNull();
    }

    @Test
    void shouldRejectMoreCamerasOnlineThanInstalled() {
        var violation = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.CAMERAS_ONLINE, 12).build()));

        assertThat(violation.column()).isEqualTo("在线数量");
        assertThat(violation.value()).isEqualTo("12");
        assertThat(violation.reasonZh()).isEqualTo("在线数量(12)大于摄像头数量(8)");
        assertThat(violation.reasonEn()).isEqualTo("cameras online (12) exceeds cameras installed (8)");
    }

    @Test
    void shouldRejectRowWhenOnlineCamerasExceedInstalledByOne() {
        var violation = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.CAMERAS_ONLINE, 9).build()));

        assertThat(violation.reasonEn()).isEqualTo("cameras online (9) exceeds cameras installed (8)");
    }

    @Test
    void shouldAcceptEveryCameraOnline() {
        ValidatedRow result = validator.validate(Rows.point().with(SurveillanceSheet.CAMERAS_ONLINE, 8).build());

        assertThat(result.isAccepted()).isTrue();
        assertThat(((SurveillanceRecord) result.record()).camerasOnline()).isEqualTo(8);
    }

    @Test
    void shouldRejectNegativeCamerasOnline() {
        var violation = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.CAMERAS_ONLINE, -1).build()));

        assertThat(violation.reasonZh()).isEqualTo("在线数量应在0到64之间，填的是-1");
    }

    @Test
    void shouldRejectCamerasOutsideOneToSixtyFour() {
        var none = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.CAMERAS, 0).with(SurveillanceSheet.CAMERAS_ONLINE, 0).build()));
        var tooMany = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.NAME, "广场").with(SurveillanceSheet.CAMERAS, 65).build()));

        assertThat(none.reasonZh()).isEqualTo("摄像头数量应在1到64之间，填的是0");
        assertThat(none.reasonEn()).isEqualTo("cameras installed must be between 1 and 64, got 0");
        assertThat(tooMany.reasonZh()).isEqualTo("摄像头数量应在1到64之间，填的是65");
    }

    @Test
    void shouldRejectAFractionOfACamera() {
        var violation = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.CAMERAS, "8.5").build()));

        assertThat(violation.reasonZh()).isEqualTo("摄像头数量：应为整数，填的是8.5");
    }

    @Test
    void shouldRejectAnUnknownPointType() {
        var violation = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.TYPE, "菜市场").build()));

        assertThat(violation.reasonZh()).isEqualTo("点位类型：“菜市场”不是可选的值，应为 村口、路口、广场、学校、村委会、其他 之一");
    }

    @Test
    void shouldRejectAConnectedAnswerThatIsNotYesOrNo() {
        var violation = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.CONNECTED, "待接入").build()));

        assertThat(violation.reasonZh()).isEqualTo("是否接入镇平台：“待接入”不是“是”或“否”，应填写 是/否");
    }

    @Test
    void shouldRejectABuildDateThatIsNotADate() {
        var violation = Violations.single(validator.validate(Rows.point().with(SurveillanceSheet.BUILT_ON, "去年").build()));

        assertThat(violation.reasonZh()).isEqualTo("建成日期：“去年”不是日期，应填写日期，如 2020-05-03");
        assertThat(violation.reasonEn()).isEqualTo("date built: '去年' is not a date; expected a date such as 2020-05-03");
    }

    @Test
    void shouldRejectARepeatedPointNameNamingTheFirstRow() {
        // given
        validator.validate(Rows.point().at(3).build());

        // when
        ValidatedRow repeat = validator.validate(Rows.point().at(7).with(SurveillanceSheet.NAME, " 村口 东").build());

        // then
        var violation = Violations.single(repeat);
        assertThat(violation.rowNumber()).isEqualTo(7);
        assertThat(violation.reasonZh()).isEqualTo("点位名称“村口 东”与第3行重复，同一村的点位名称不能重复");
        assertThat(violation.reasonEn()).isEqualTo(
                "point name '村口 东' repeats the one in row 3; point names must be unique within the village");
    }

    @Test
    void shouldNotCarryPointNamesOverToAnotherReturn() {
        validator.validate(Rows.point().at(3).build());

        var otherReturn = new SurveillanceRowValidator();

        assertThat(otherReturn.validate(Rows.point().at(3).build()).isAccepted()).isTrue();
    }
}
