package cn.villagestats.validation;

import java.util.List;

import cn.villagestats.intake.ReturnColumn;

/** The values the rules accept for a column chosen from a list, for the template's drop-down lists. */
public final class AllowedValues {

    private AllowedValues() {
    }

    /** The enumeration's values, {@code 是}/{@code 否} for a yes/no column, or empty for any other column. */
    public static List<String> of(ReturnColumn column) {
        return switch (column) {
            case TOILET_TYPE -> Enumerations.TOILET_TYPES.values();
            case TOILET_ACCEPTANCE -> Enumerations.ACCEPTANCE.values();
            case ROAD_SURFACE -> Enumerations.SURFACES.values();
            case POINT_TYPE -> Enumerations.POINT_TYPES.values();
            case TOILET_POOR_HOUSEHOLD, ROAD_HOUSEHOLD_ACCESS, POINT_CONNECTED -> List.of("是", "否");
            default -> List.of();
        };
    }
}
