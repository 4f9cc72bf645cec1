package cn.villagestats.samples;

import java.time.YearMonth;

import cn.villagestats.registry.Village;

/** File names as clerks send them; each holds the village's name or code, so none repeat. */
final class FileNames {

    private FileNames() {
    }

    static String of(Village village, YearMonth period, int position) {
        String name = village.name();
        int y = period.getYear();
        int m = period.getMonthValue();
        return switch (position % 10) {
            case 0 -> name + y + "年" + m + "月报表";
            case 1 -> village.code();
            case 2 -> name + "改厕台账(最终版)(1)";
            case 3 -> name + "月报" + String.format("%d%02d", y, m);
            case 4 -> "副本" + name + m + "月统计";
            case 5 -> name + "-" + y + "." + m + "月";
            case 6 -> name + "三项工作统计表(修改)";
            case 7 -> village.code() + name + "报表";
            case 8 -> name + m + "月份台账 - 副本";
            default -> "新泰" + name + "报表" + y + m;
        };
    }
}
