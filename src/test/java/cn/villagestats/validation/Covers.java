package cn.villagestats.validation;

import java.time.YearMonth;

/** Valid covers for row-validation tests. */
public final class Covers {

    private Covers() {
    }

    public static Cover december2020() {
        return forPeriod(YearMonth.of(2020, 12));
    }

    public static Cover forPeriod(YearMonth period) {
        return new Cover("370982104202", "泉里村", period, "李四", null, null, null);
    }
}
