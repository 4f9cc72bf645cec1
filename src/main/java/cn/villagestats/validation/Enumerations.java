package cn.villagestats.validation;

import cn.villagestats.intake.SheetCell;

import java.util.List;

/**
 * A closed list of values a column allows, matched after header-style normalisation so
 * that {@code 三格 化粪池式} or a full-width spelling still finds the canonical value.
 */
record Enumerations(List<String> values) {

    static final Enumerations TOILET_TYPES = new Enumerations(List.of("三格化粪池式", "双瓮漏斗式", "完整下水道水冲式", "其他"));
    static final Enumerations ACCEPTANCE = new Enumerations(List.of("已验收", "未验收"));
    static final Enumerations SURFACES = new Enumerations(List.of("水泥", "沥青", "砂石", "其他"));
    static final Enumerations POINT_TYPES = new Enumerations(List.of("村口", "路口", "广场", "学校", "村委会", "其他"));

    Enumerations {
        values = List.copyOf(values);
    }

    /** The canonical spelling of the value the cell names. */
    Parsed<String> parse(SheetCell cell) {
        Parsed<String> unusable = Parsed.unusable(cell);
        if (unusable != null) {
            return unusable;
        }
        String typed = Texts.normalise(cell.text());
        return values.stream()
                .filter(v -> Texts.normalise(v).equalsIgnoreCase(typed))
                .findFirst()
                .map(Parsed::ok)
                .orElseGet(() -> Parsed.fail("“" + cell.text() + "”不是可选的值，应为 " + String.join("、", values) + " 之一",
                        "'" + cell.text() + "' is not an allowed value; expected one of " + String.join(", ", values)));
    }
}
