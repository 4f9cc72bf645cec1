package cn.villagestats.spreadsheet;

import java.util.Objects;

/**
 * A formula cell to write, with the result Excel would have saved beside it; a
 * {@code null} result leaves the formula uncalculated.
 */
public record Formula(String expression, Double cachedResult) {

    public Formula {
        Objects.requireNonNull(expression, "expression");
    }
}
