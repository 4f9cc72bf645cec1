package cn.villagestats.programme.water;

import java.util.List;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.returns.Unit;

/** The 饮水安全 sheet of the test-only fourth programme: a drinking-water project per row. */
final class WaterSheet {

    static final ReturnColumn NO = ReturnColumn.optional("序号", "no", "serial number")
            .format(ReturnColumn.WHOLE).width(6);
    static final ReturnColumn PROJECT = ReturnColumn.required("工程名称", "project_name", "project name")
            .format(ReturnColumn.TEXT).width(18);
    static final ReturnColumn HOUSEHOLDS = ReturnColumn.required("受益户数", "households_served", "households served")
            .format(ReturnColumn.WHOLE).unit(Unit.HOUSEHOLD).summedInTotalRow();
    static final ReturnColumn QUALITY_OK = ReturnColumn.required("水质是否达标", "quality_ok", "water quality met")
            .allowed("是", "否");
    static final ReturnColumn INVESTMENT = ReturnColumn.optional("投资(万元)", "investment_10k_yuan",
            "investment (10k yuan)").format(ReturnColumn.DECIMAL).unit(Unit.TEN_THOUSAND_YUAN).summedInTotalRow();

    static final ReturnSheet SHEET = new ReturnSheet("饮水安全", "Water", List.of(NO, PROJECT, HOUSEHOLDS, QUALITY_OK,
            INVESTMENT));

    private WaterSheet() {
    }
}
