package cn.villagestats.samples;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import cn.villagestats.registry.Village;
import cn.villagestats.samples.ReturnLayout.CoverStyle;
import cn.villagestats.samples.ReturnLayout.DateForm;
import cn.villagestats.samples.ReturnLayout.Headers;
import cn.villagestats.samples.ReturnLayout.NumberForm;
import cn.villagestats.samples.ReturnLayout.Omitted;
import cn.villagestats.samples.ReturnLayout.PeriodForm;
import cn.villagestats.samples.ReturnLayout.SheetOrder;
import cn.villagestats.samples.ReturnLayout.YesNoForm;

/**
 * Deals the layouts out to the villages. Villages are put in a seeded order and each
 * variation is given by position, so every form appears in the set (about five {@code .xls},
 * two English returns, each date and yes/no form) whatever the seed.
 */
final class ReturnLayouts {

    private ReturnLayouts() {
    }

    static List<ReturnLayout> assign(List<Village> villages, YearMonth period, long seed) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            positions.add(i);
        }
        Collections.shuffle(positions, new Random(seed ^ 0x5EEDL));
        List<ReturnLayout> layouts = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            layouts.add(layout(villages.get(i), period, positions.get(i)));
        }
        return layouts;
    }

    private static ReturnLayout layout(Village village, YearMonth period, int p) {
        boolean xls = p % 9 == 4;
        CoverStyle cover = new CoverStyle(p % 5 == 4 ? 1 : 0, p % 2 == 0, p % 3 == 1, p % 4 == 2,
                PeriodForm.values()[p % PeriodForm.values().length], p % 3 == 0);
        Omitted omitted = new Omitted(p % 5 == 4, p % 13 == 6, p % 7 == 3, p % 6 == 5);
        return new ReturnLayout(FileNames.of(village, period, p) + (xls ? ".xls" : ".xlsx"), xls, headers(p),
                p % 3 != 0, p % 5 == 0 || p % 5 == 2, p % 8 == 5, p % 6 == 1, sheetOrder(p),
                DateForm.values()[p % DateForm.values().length],
                YesNoForm.values()[p % YesNoForm.values().length],
                NumberForm.values()[(p / 2) % NumberForm.values().length],
                p % 5 == 1 || p % 5 == 3, cover, omitted);
    }

    private static Headers headers(int p) {
        if (p == 7 || p == 30) {
            return Headers.ENGLISH;
        }
        if (p % 11 == 3) {
            return Headers.WRAPPED;
        }
        return p % 4 == 1 ? Headers.FULL_WIDTH : Headers.TEMPLATE;
    }

    private static SheetOrder sheetOrder(int p) {
        return switch (p % 7) {
            case 2 -> SheetOrder.COVER_LAST;
            case 6 -> SheetOrder.ROADS_FIRST;
            default -> SheetOrder.TEMPLATE;
        };
    }
}
