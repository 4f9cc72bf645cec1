package cn.villagestats.programme.surveillance;

import java.util.List;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.returns.Unit;

/** The 雪亮工程 sheet of the return: a monitoring point per row. */
public final class SurveillanceSheet {

    public static final ReturnColumn NO = ReturnColumn.optional("序号", "no", "serial number")
            .format(ReturnColumn.WHOLE).width(6);
    public static final ReturnColumn NAME = ReturnColumn.required("点位名称", "point_name", "point name")
            .format(ReturnColumn.TEXT).width(18);
    public static final ReturnColumn TYPE = ReturnColumn.required("点位类型", "point_type", "point type")
            .allowed("村口", "路口", "广场", "学校", "村委会", "其他");
    public static final ReturnColumn CAMERAS = ReturnColumn.required("摄像头数量", "cameras", "cameras installed")
            .format(ReturnColumn.WHOLE).unit(Unit.PIECE).summedInTotalRow();
    public static final ReturnColumn CAMERAS_ONLINE = ReturnColumn.required("在线数量", "cameras_online",
            "cameras online").format(ReturnColumn.WHOLE).unit(Unit.PIECE).summedInTotalRow();
    public static final ReturnColumn CONNECTED = ReturnColumn.required("是否接入镇平台", "connected",
            "connected to the township platform").allowed("是", "否");
    public static final ReturnColumn BUILT_ON = ReturnColumn.optional("建成日期", "built_on", "date built")
            .format(ReturnColumn.DATE);

    public static final ReturnSheet SHEET = new ReturnSheet("雪亮工程", "Surveillance", List.of(NO, NAME, TYPE,
            CAMERAS, CAMERAS_ONLINE, CONNECTED, BUILT_ON));

    private SurveillanceSheet() {
    }
}
