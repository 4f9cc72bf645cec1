package cn.villagestats.template;

import cn.villagestats.intake.ReturnColumn;

/** The number format each template column gets, so that what the clerk types is stored as the rules read it. */
final class ColumnFormats {

    static final String TEXT = "@";

    private ColumnFormats() {
    }

    static String of(ReturnColumn column) {
        return switch (column) {
            // Excel cuts a number to 15 significant digits: an 18-digit 身份证号 must be text
            case TOILET_ID_NUMBER, TOILET_HOUSEHOLDER, TOILET_GROUP, ROAD_NAME, POINT_NAME -> TEXT;
            case TOILET_COMPLETED_ON, ROAD_COMPLETED_ON, POINT_BUILT_ON -> "yyyy-mm-dd";
            case TOILET_NO, ROAD_NO, POINT_NO, ROAD_HOUSEHOLDS_SERVED, POINT_CAMERAS, POINT_CAMERAS_ONLINE -> "0";
            case TOILET_SUBSIDY_YUAN, ROAD_LENGTH_M, ROAD_WIDTH_M, ROAD_AREA_M2, ROAD_INVESTMENT_10K_YUAN -> "0.00";
            default -> "General";
        };
    }

    /** Roughly how many characters wide the column is shown. */
    static int width(ReturnColumn column) {
        return switch (column) {
            case TOILET_ID_NUMBER -> 22;
            case TOILET_NO, ROAD_NO, POINT_NO -> 6;
            case TOILET_TYPE, ROAD_NAME, POINT_NAME -> 18;
            default -> Math.max(10, column.header().length() * 2 + 2);
        };
    }
}
