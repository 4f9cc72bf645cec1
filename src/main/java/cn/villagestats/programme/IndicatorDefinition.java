package cn.villagestats.programme;

import java.util.Objects;

/**
 * One indicator of a programme, defined once: its code, name and unit (as {@code seeds/indicators.csv}
 * must repeat them), its English name, and its aggregate, an SQL expression over the programme's
 * staged rows {@code x} of one village (an aggregate starting {@code MAX(} is a "has any": the
 * parts of a village read apart take the greatest, not the sum). {@code previous} says whether a
 * village's figure is compared with the previous period's ({@code PreviousPeriodWarnings}).
 */
public record IndicatorDefinition(String code, String name, String englishName, String unit, String aggregate,
                                  PreviousPeriod previous) {

    /** Whether, and how, a fall to less than half of the previous period's figure is warned of. */
    public enum PreviousPeriod {
        NOT_COMPARED,
        /** Compared across the new year too: a count of what stands (points, cameras). */
        ALL_YEAR,
        /** Compared within a year only: a year-to-date figure starts again each January. */
        WITHIN_YEAR
    }

    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(previous, "previous");
        if (!code.matches("[a-z]+\\.[a-z0-9_]+")) {
            throw new IllegalArgumentException("indicator codes look like toilet.households: " + code);
        }
    }

    /** An indicator not compared with the previous period. */
    public static IndicatorDefinition of(String code, String name, String englishName, String unit,
                                         String aggregate) {
        return new IndicatorDefinition(code, name, englishName, unit, aggregate, PreviousPeriod.NOT_COMPARED);
    }

    public IndicatorDefinition compared(PreviousPeriod previous) {
        return new IndicatorDefinition(code, name, englishName, unit, aggregate, previous);
    }

    /** Whether the parts of a village take the greatest rather than the sum. */
    public boolean greatest() {
        return aggregate.startsWith("MAX(");
    }

    /** {@code 卫生改厕户数 (toilet.households, toilet households)}: for messages. */
    public String label() {
        return name + " (" + code + ", " + englishName + ")";
    }
}
