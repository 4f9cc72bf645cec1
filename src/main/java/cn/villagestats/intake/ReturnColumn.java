package cn.villagestats.intake;

import java.util.Arrays;
import java.util.List;

/**
 * Every data column of the three programme sheets, as the return template defines them.
 * {@code requiredHeader} columns must all be present for a row to be the header row.
 */
public enum ReturnColumn {
    TOILET_NO(ReturnSheet.TOILETS, "序号", "no", false),
    TOILET_HOUSEHOLDER(ReturnSheet.TOILETS, "户主姓名", "householder", true),
    TOILET_ID_NUMBER(ReturnSheet.TOILETS, "身份证号", "id_number", true),
    TOILET_GROUP(ReturnSheet.TOILETS, "村民小组", "group", false),
    TOILET_TYPE(ReturnSheet.TOILETS, "改厕类型", "toilet_type", true),
    TOILET_POOR_HOUSEHOLD(ReturnSheet.TOILETS, "是否贫困户", "poor_household", true),
    TOILET_COMPLETED_ON(ReturnSheet.TOILETS, "完工日期", "completed_on", true),
    TOILET_ACCEPTANCE(ReturnSheet.TOILETS, "验收情况", "acceptance", true),
    TOILET_SUBSIDY_YUAN(ReturnSheet.TOILETS, "补助金额(元)", "subsidy_yuan", false),

    ROAD_NO(ReturnSheet.ROADS, "序号", "no", false),
    ROAD_NAME(ReturnSheet.ROADS, "道路名称", "road_name", true),
    ROAD_LENGTH_M(ReturnSheet.ROADS, "长度(米)", "length_m", true),
    ROAD_WIDTH_M(ReturnSheet.ROADS, "宽度(米)", "width_m", true),
    ROAD_AREA_M2(ReturnSheet.ROADS, "面积(平方米)", "area_m2", true),
    ROAD_SURFACE(ReturnSheet.ROADS, "路面类型", "surface", true),
    ROAD_HOUSEHOLD_ACCESS(ReturnSheet.ROADS, "是否户户通", "household_access", true),
    // needed only by 户户通 rows: a sheet without the column is fine while no row is 户户通
    ROAD_HOUSEHOLDS_SERVED(ReturnSheet.ROADS, "受益户数", "households_served", false),
    ROAD_COMPLETED_ON(ReturnSheet.ROADS, "完工日期", "completed_on", true),
    ROAD_INVESTMENT_10K_YUAN(ReturnSheet.ROADS, "投资(万元)", "investment_10k_yuan", false),

    POINT_NO(ReturnSheet.SURVEILLANCE, "序号", "no", false),
    POINT_NAME(ReturnSheet.SURVEILLANCE, "点位名称", "point_name", true),
    POINT_TYPE(ReturnSheet.SURVEILLANCE, "点位类型", "point_type", true),
    POINT_CAMERAS(ReturnSheet.SURVEILLANCE, "摄像头数量", "cameras", true),
    POINT_CAMERAS_ONLINE(ReturnSheet.SURVEILLANCE, "在线数量", "cameras_online", true),
    POINT_CONNECTED(ReturnSheet.SURVEILLANCE, "是否接入镇平台", "connected", true),
    POINT_BUILT_ON(ReturnSheet.SURVEILLANCE, "建成日期", "built_on", false);

    private final ReturnSheet sheet;
    private final String header;
    private final String alias;
    private final boolean requiredHeader;

    ReturnColumn(ReturnSheet sheet, String header, String alias, boolean requiredHeader) {
        this.sheet = sheet;
        this.header = header;
        this.alias = alias;
        this.requiredHeader = requiredHeader;
    }

    public ReturnSheet sheet() {
        return sheet;
    }

    /** The header as the template prints it, e.g. {@code 长度(米)}. */
    public String header() {
        return header;
    }

    /** The English alias accepted in place of the Chinese header. */
    public String alias() {
        return alias;
    }

    public boolean requiredHeader() {
        return requiredHeader;
    }

    public static List<ReturnColumn> of(ReturnSheet sheet) {
        return Arrays.stream(values()).filter(c -> c.sheet == sheet).toList();
    }
}
