package cn.villagestats.reporting;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of the reporting table: an indicator's township value for a period. */
public record TownshipTotal(String period, String indicator, String name, String unit, BigDecimal value,
                            int villages) {

    public TownshipTotal {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        if (villages < 0) {
            throw new IllegalArgumentException("villages cannot be negative");
        }
    }

    /** The value as people write it: {@code 4637}, {@code 143512.5}. */
    public String plainValue() {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
