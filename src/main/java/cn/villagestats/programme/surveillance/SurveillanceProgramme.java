package cn.villagestats.programme.surveillance;

import java.sql.Types;
import java.time.YearMonth;
import java.util.List;

import cn.villagestats.programme.IndicatorDefinition;
import cn.villagestats.programme.Programme;
import cn.villagestats.programme.StagingTable;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.validation.RowRule;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.villagestats.programme.IndicatorDefinition.PreviousPeriod.ALL_YEAR;

/** 雪亮工程: monitoring points and their cameras, staged in {@code surveillance_row}. */
@Component
@Order(3)
public final class SurveillanceProgramme implements Programme<SurveillanceRecord> {

    public static final StagingTable<SurveillanceRecord> TABLE = new StagingTable<>("surveillance_row", "row_no, "
            + "point_name, point_type, cameras, cameras_online, connected, built_on", SurveillanceRecord.class,
            (ps, at, r) -> {
                ps.setInt(at + 1, r.rowNumber());
                ps.setString(at + 2, r.pointName());
                ps.setString(at + 3, r.pointType());
                ps.setInt(at + 4, r.cameras());
                ps.setInt(at + 5, r.camerasOnline());
                ps.setBoolean(at + 6, r.connected());
                ps.setObject(at + 7, r.builtOn(), Types.DATE);
            }, (line, r) -> line.value(r.rowNumber()).text(r.pointName()).text(r.pointType()).value(r.cameras())
                    .value(r.camerasOnline()).value(r.connected()).value(r.builtOn()));

    private static final List<IndicatorDefinition> INDICATORS = List.of(
            IndicatorDefinition.of("surveillance.points", "监控点位数", "monitoring points", "个", "COUNT(*)")
                    .compared(ALL_YEAR),
            IndicatorDefinition.of("surveillance.cameras", "摄像头数量", "cameras installed", "个", "SUM(x.cameras)")
                    .compared(ALL_YEAR),
            IndicatorDefinition.of("surveillance.cameras_online", "在线摄像头数量", "cameras online", "个",
                    "SUM(x.cameras_online)").compared(ALL_YEAR),
            IndicatorDefinition.of("surveillance.connected_villages", "接入镇平台村数",
                    "villages connected to the township platform", "个",
                    "MAX(CASE WHEN x.connected THEN 1 ELSE 0 END)"));

    @Override
    public ReturnSheet sheet() {
        return SurveillanceSheet.SHEET;
    }

    @Override
    public RowRule rule(YearMonth period) {
        return new SurveillanceRowValidator();
    }

    @Override
    public StagingTable<SurveillanceRecord> table() {
        return TABLE;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return INDICATORS;
    }

    @Override
    public String eachRow() {
        return "一个点位（监控）";
    }

    @Override
    public List<String> instructions() {
        return List.of("监控：点位名称最多128个字，同一村内不能重复；摄像头数量1到64个，在线数量不能超过摄像头数量；"
                + "建成日期在1900年到2099年之间，可以不填。");
    }
}
