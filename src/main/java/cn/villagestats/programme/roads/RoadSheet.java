package cn.villagestats.programme.roads;

import java.util.List;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.returns.Unit;

/** The 道路硬化 sheet of the return: a hardened road segment per row. */
public final class RoadSheet {

    public static final ReturnColumn NO = ReturnColumn.optional("序号", "no", "serial number")
            .format(ReturnColumn.WHOLE).width(6);
    public static final ReturnColumn NAME = ReturnColumn.required("道路名称", "road_name", "road name")
            .format(ReturnColumn.TEXT).width(18);
    public static final ReturnColumn LENGTH_M = ReturnColumn.required("长度(米)", "length_m", "length (m)")
            .format(ReturnColumn.DECIMAL).unit(Unit.METRE).summedInTotalRow();
    public static final ReturnColumn WIDTH_M = ReturnColumn.required("宽度(米)", "width_m", "width (m)")
            .format(ReturnColumn.DECIMAL).unit(Unit.METRE);
    public static final ReturnColumn AREA_M2 = ReturnColumn.required("面积(平方米)", "area_m2", "area (m2)")
            .format(ReturnColumn.DECIMAL).unit(Unit.SQUARE_METRE).summedInTotalRow();
    public static final ReturnColumn SURFACE = ReturnColumn.required("路面类型", "surface", "surface")
            .allowed("水泥", "沥青", "砂石", "其他");
    public static final ReturnColumn HOUSEHOLD_ACCESS = ReturnColumn.required("是否户户通", "household_access",
            "reaches every household").allowed("是", "否");
    /** Needed only by 户户通 rows: a sheet without the column is fine while no row is 户户通. */
    public static final ReturnColumn HOUSEHOLDS_SERVED = ReturnColumn.optional("受益户数", "households_served",
            "households served").requiredWhen("是否户户通为“是”").format(ReturnColumn.WHOLE).unit(Unit.HOUSEHOLD)
            .summedInTotalRow();
    public static final ReturnColumn COMPLETED_ON = ReturnColumn.required("完工日期", "completed_on",
            "completion date").format(ReturnColumn.DATE);
    public static final ReturnColumn INVESTMENT_10K_YUAN = ReturnColumn.optional("投资(万元)", "investment_10k_yuan",
            "investment (10k yuan)").format(ReturnColumn.DECIMAL).unit(Unit.TEN_THOUSAND_YUAN).summedInTotalRow();

    public static final ReturnSheet SHEET = new ReturnSheet("道路硬化", "Roads", List.of(NO, NAME, LENGTH_M, WIDTH_M,
            AREA_M2, SURFACE, HOUSEHOLD_ACCESS, HOUSEHOLDS_SERVED, COMPLETED_ON, INVESTMENT_10K_YUAN));

    private RoadSheet() {
    }
}
