package cn.villagestats.samples;

import java.util.List;

/** Names of monitoring points as villages call them, and the 点位类型 each implies. */
final class PointNames {

    static final List<String> ALL = List.of("村口东", "村口西", "村口南", "村口北", "十字路口", "三岔路口",
            "村委会大院", "村委会门口", "文化广场", "健身广场", "小学门口", "幼儿园门口", "桥头", "卫生室门口",
            "主街中段", "河堤");

    private PointNames() {
    }

    static String typeOf(String name) {
        if (name.startsWith("村口")) {
            return "村口";
        }
        if (name.endsWith("路口")) {
            return "路口";
        }
        if (name.startsWith("村委会")) {
            return "村委会";
        }
        if (name.endsWith("广场")) {
            return "广场";
        }
        return name.startsWith("小学") || name.startsWith("幼儿园") ? "学校" : "其他";
    }
}
