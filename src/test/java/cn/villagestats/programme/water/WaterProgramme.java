package cn.villagestats.programme.water;

import java.time.YearMonth;
import java.util.List;

import cn.villagestats.programme.IndicatorDefinition;
import cn.villagestats.programme.Programme;
import cn.villagestats.programme.StagingTable;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.validation.RowRule;

/**
 * 饮水安全 (drinking-water safety), a fourth programme defined by the tests alone: staged in
 * {@code water_row} (the test migration {@code db/fourth-programme}), two indicators. Not a
 * {@code @Component}, so that only the test that imports it has it.
 */
public class WaterProgramme implements Programme<WaterRecord> {

    static final StagingTable<WaterRecord> TABLE = new StagingTable<>("water_row", "row_no, project_name, "
            + "households_served, quality_ok, investment_10k_yuan", WaterRecord.class, (ps, at, r) -> {
                ps.setInt(at + 1, r.rowNumber());
                ps.setString(at + 2, r.projectName());
                ps.setInt(at + 3, r.householdsServed());
                ps.setBoolean(at + 4, r.qualityOk());
                ps.setBigDecimal(at + 5, r.investment10kYuan());
            }, (line, r) -> line.value(r.rowNumber()).text(r.projectName()).value(r.householdsServed())
                    .value(r.qualityOk()).value(r.investment10kYuan()));

    static final List<IndicatorDefinition> INDICATORS = List.of(
            IndicatorDefinition.of("water.projects", "饮水安全工程数", "drinking-water projects", "处", "COUNT(*)"),
            IndicatorDefinition.of("water.households", "饮水安全受益户数", "households with safe drinking water", "户",
                    "SUM(x.households_served)"));

    @Override
    public ReturnSheet sheet() {
        return WaterSheet.SHEET;
    }

    @Override
    public RowRule rule(YearMonth period) {
        return new WaterRowValidator();
    }

    @Override
    public StagingTable<WaterRecord> table() {
        return TABLE;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return INDICATORS;
    }

    @Override
    public String eachRow() {
        return "一处供水工程（饮水）";
    }

    @Override
    public List<String> instructions() {
        return List.of("饮水安全：工程名称最多128个字；受益户数1到5000户；水质是否达标选“是”或“否”。");
    }
}
