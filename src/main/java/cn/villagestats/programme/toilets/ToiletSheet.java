package cn.villagestats.programme.toilets;

import java.util.List;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.returns.Unit;

/** The 卫生改厕 sheet of the return: a household whose toilet was upgraded per row. */
public final class ToiletSheet {

    public static final ReturnColumn NO = ReturnColumn.optional("序号", "no", "serial number")
            .format(ReturnColumn.WHOLE).width(6);
    public static final ReturnColumn HOUSEHOLDER = ReturnColumn.required("户主姓名", "householder", "householder name")
            .format(ReturnColumn.TEXT);
    public static final ReturnColumn ID_NUMBER = ReturnColumn.required("身份证号", "id_number", "id number")
            .format(ReturnColumn.TEXT).width(22);
    public static final ReturnColumn GROUP = ReturnColumn.optional("村民小组", "group", "villagers' group")
            .format(ReturnColumn.TEXT);
    public static final ReturnColumn TYPE = ReturnColumn.required("改厕类型", "toilet_type", "toilet type")
            .width(18).allowed("三格化粪池式", "双瓮漏斗式", "完整下水道水冲式", "其他");
    public static final ReturnColumn POOR_HOUSEHOLD = ReturnColumn.required("是否贫困户", "poor_household",
            "poor household").allowed("是", "否");
    public static final ReturnColumn COMPLETED_ON = ReturnColumn.required("完工日期", "completed_on",
            "completion date").format(ReturnColumn.DATE);
    public static final ReturnColumn ACCEPTANCE = ReturnColumn.required("验收情况", "acceptance", "acceptance")
            .allowed("已验收", "未验收");
    public static final ReturnColumn SUBSIDY_YUAN = ReturnColumn.optional("补助金额(元)", "subsidy_yuan",
            "subsidy (yuan)").format(ReturnColumn.DECIMAL).unit(Unit.YUAN).summedInTotalRow();

    public static final ReturnSheet SHEET = new ReturnSheet("卫生改厕", "Toilets", List.of(NO, HOUSEHOLDER, ID_NUMBER,
            GROUP, TYPE, POOR_HOUSEHOLD, COMPLETED_ON, ACCEPTANCE, SUBSIDY_YUAN));

    private ToiletSheet() {
    }
}
