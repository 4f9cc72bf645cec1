package cn.villagestats.programme.roads;

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

import static cn.villagestats.programme.IndicatorDefinition.PreviousPeriod.WITHIN_YEAR;

/** 道路硬化 (and 户户通): hardened road segments, staged in {@code road_row}. */
@Component
@Order(2)
public final class RoadProgramme implements Programme<RoadRecord> {

    public static final StagingTable<RoadRecord> TABLE = new StagingTable<>("road_row", "row_no, road_name, length_m, "
            + "width_m, area_m2, surface, household_access, households_served, completed_on, investment_10k_yuan",
            RoadRecord.class, (ps, at, r) -> {
                ps.setInt(at + 1, r.rowNumber());
                ps.setString(at + 2, r.roadName());
                ps.setBigDecimal(at + 3, r.lengthM());
                ps.setBigDecimal(at + 4, r.widthM());
                ps.setBigDecimal(at + 5, r.areaM2());
                ps.setString(at + 6, r.surface());
                ps.setBoolean(at + 7, r.householdAccess());
                if (r.householdsServed() == null) {
                    ps.setNull(at + 8, Types.INTEGER);
                } else {
                    ps.setInt(at + 8, r.householdsServed());
                }
                ps.setObject(at + 9, r.completedOn(), Types.DATE);
                ps.setBigDecimal(at + 10, r.investment10kYuan());
            }, (line, r) -> line.value(r.rowNumber()).text(r.roadName()).value(r.lengthM()).value(r.widthM())
                    .value(r.areaM2()).text(r.surface()).value(r.householdAccess()).value(r.householdsServed())
                    .value(r.completedOn()).value(r.investment10kYuan()));

    private static final List<IndicatorDefinition> INDICATORS = List.of(
            IndicatorDefinition.of("road.segments", "硬化道路条数", "road segments hardened", "条", "COUNT(*)")
                    .compared(WITHIN_YEAR),
            IndicatorDefinition.of("road.length_m", "硬化道路长度", "length of roads hardened", "米", "SUM(x.length_m)")
                    .compared(WITHIN_YEAR),
            IndicatorDefinition.of("road.area_m2", "硬化道路面积", "area of roads hardened", "平方米", "SUM(x.area_m2)"),
            IndicatorDefinition.of("road.access_households", "户户通受益户数", "households served by 户户通 roads", "户",
                    "SUM(CASE WHEN x.household_access THEN COALESCE(x.households_served, 0) ELSE 0 END)"),
            IndicatorDefinition.of("road.access_villages", "户户通村数", "villages with a 户户通 road", "个",
                    "MAX(CASE WHEN x.household_access THEN 1 ELSE 0 END)"),
            IndicatorDefinition.of("road.investment_10k_yuan", "道路投资", "road investment", "万元",
                    "COALESCE(SUM(x.investment_10k_yuan), 0)"));

    @Override
    public ReturnSheet sheet() {
        return RoadSheet.SHEET;
    }

    @Override
    public RowRule rule(YearMonth period) {
        return new RoadRowValidator(period);
    }

    @Override
    public StagingTable<RoadRecord> table() {
        return TABLE;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return INDICATORS;
    }

    @Override
    public String eachRow() {
        return "一条路（道路）";
    }

    @Override
    public List<String> instructions() {
        return List.of("道路：道路名称最多128个字；长度1到20000米，宽度2到12米，面积应等于长度乘宽度（相差不超过5%）；"
                + "是否户户通选“是”时必须填受益户数（0到2000）；投资以万元为单位，不能为负数，应小于1000000。");
    }
}
