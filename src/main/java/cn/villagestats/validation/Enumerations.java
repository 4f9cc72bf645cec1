package cn.villagestats.validation;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.returns.ReturnColumn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed list of values a column allows ({@link ReturnColumn#allowed()}), matched after
 * header-style normalisation so that {@code 三格 化粪池式} or a full-width spelling still finds
 * the canonical value. Made once per column by its row rule: lookups are prepared here.
 */
public final class Enumerations {

    private final List<String> values;
    private final List<String> normalised;
    /** Canonical value by its normalised spelling, when no two values differ in case alone; else empty. */
    private final Map<String, String> exact = new HashMap<>();

    /** The values the column allows. */
    public static Enumerations of(ReturnColumn column) {
        if (column.allowed().isEmpty()) {
            throw new IllegalArgumentException(column.header() + " lists no allowed values");
        }
        return new Enumerations(column.allowed());
    }

    Enumerations(List<String> values) {
        this.values = List.copyOf(values);
        this.normalised = this.values.stream().map(Texts::normalise).toList();
        for (int i = 0; i < normalised.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (normalised.get(j).equalsIgnoreCase(normalised.get(i))) {
                    return;
                }
            }
        }
        for (int i = 0; i < normalised.size(); i++) {
            exact.put(normalised.get(i), this.values.get(i));
        }
    }

    List<String> values() {
        return values;
    }

    /** The canonical spelling of the value the cell names. */
    Parsed<String> parse(SheetCell cell) {
        Parsed<String> unusable = Parsed.unusable(cell);
        if (unusable != null) {
            return unusable;
        }
        String canonical = find(Texts.normalise(cell.text()));
        return canonical != null ? Parsed.ok(canonical)
                : Parsed.fail("“" + cell.text() + "”不是可选的值，应为 " + String.join("、", values) + " 之一",
                        "'" + cell.text() + "' is not an allowed value; expected one of " + String.join(", ", values));
    }

    /** The first value equal to the typed one ignoring case; a spelling as listed is looked up directly. */
    private String find(String typed) {
        String canonical = exact.get(typed);
        if (canonical != null) {
            return canonical;
        }
        for (int i = 0; i < values.size(); i++) {
            if (normalised.get(i).equalsIgnoreCase(typed)) {
                return values.get(i);
            }
        }
        return null;
    }
}
