package cn.villagestats.programme.toilets;

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

/**
 * 卫生改厕: households whose toilets were upgraded, staged in {@code toilet_row}. A 身份证号 counts once
 * in the township: the repeats the night finds ({@code consolidation}'s duplicate check) count nothing.
 */
@Component
@Order(1)
public final class ToiletProgramme implements Programme<ToiletRecord> {

    public static final StagingTable<ToiletRecord> TABLE = new StagingTable<>("toilet_row", "row_no, householder, "
            + "id_number, group_name, toilet_type, poor_household, completed_on, acceptance, subsidy_yuan",
            ToiletRecord.class, (ps, at, r) -> {
                ps.setInt(at + 1, r.rowNumber());
                ps.setString(at + 2, r.householder());
                ps.setString(at + 3, r.idNumber());
                ps.setString(at + 4, r.group());
                ps.setString(at + 5, r.toiletType());
                ps.setBoolean(at + 6, r.poorHousehold());
                ps.setObject(at + 7, r.completedOn(), Types.DATE);
                ps.setString(at + 8, r.acceptance());
                ps.setBigDecimal(at + 9, r.subsidyYuan());
            }, (line, r) -> line.value(r.rowNumber()).text(r.householder()).text(r.idNumber()).text(r.group())
                    .text(r.toiletType()).value(r.poorHousehold()).value(r.completedOn()).text(r.acceptance())
                    .value(r.subsidyYuan()));

    private static final List<IndicatorDefinition> INDICATORS = List.of(
            IndicatorDefinition.of("toilet.households", "卫生改厕户数", "households with an upgraded toilet", "户",
                    "COUNT(*)").compared(WITHIN_YEAR),
            IndicatorDefinition.of("toilet.poor_households", "其中：贫困户", "of which poor households", "户",
                    "SUM(CASE WHEN x.poor_household THEN 1 ELSE 0 END)"),
            IndicatorDefinition.of("toilet.accepted_households", "已验收户数", "households accepted", "户",
                    "SUM(CASE WHEN x.acceptance = '已验收' THEN 1 ELSE 0 END)"),
            IndicatorDefinition.of("toilet.subsidy_yuan", "改厕补助金额", "toilet subsidy", "元",
                    "COALESCE(SUM(x.subsidy_yuan), 0)"));

    @Override
    public ReturnSheet sheet() {
        return ToiletSheet.SHEET;
    }

    @Override
    public RowRule rule(YearMonth period) {
        return new ToiletRowValidator(period);
    }

    @Override
    public StagingTable<ToiletRecord> table() {
        return TABLE;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return INDICATORS;
    }

    @Override
    public String countedRows() {
        return "NOT x.duplicate";
    }

    @Override
    public String eachRow() {
        return "一户（改厕）";
    }

    @Override
    public List<String> instructions() {
        return List.of("户主姓名2到20个字；村民小组最多64个字，可以不填；补助金额在0到5000元之间，可以不填。");
    }
}
