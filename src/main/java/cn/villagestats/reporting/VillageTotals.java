package cn.villagestats.reporting;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One village's line of the 分村明细: its status for the period and its value per indicator.
 * The status is {@link #REPORTED} (an accepted return), {@link #REJECTED} (a return came but
 * was rejected whole, and none was accepted: the township calls the village) or
 * {@link #MISSING} (nothing came).
 */
public record VillageTotals(String villageCode, String villageName, String status, Map<String, BigDecimal> values) {

    public static final String REPORTED = "已报";
    public static final String REJECTED = "已报·被退回";
    public static final String MISSING = "未报";

    public VillageTotals {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(status, "status");
        values = Map.copyOf(values);
    }

    public BigDecimal value(String indicator) {
        return values.getOrDefault(indicator, BigDecimal.ZERO);
    }
}
