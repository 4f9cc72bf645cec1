package cn.villagestats.validation;

import cn.villagestats.intake.CoverField;
import cn.villagestats.intake.ReturnColumn;

/** Plain English names of columns and cover fields, for the English half of each reason. */
final class EnglishNames {

    private EnglishNames() {
    }

    static String of(ReturnColumn column) {
        return switch (column) {
            case TOILET_NO, ROAD_NO, POINT_NO -> "serial number";
            case TOILET_HOUSEHOLDER -> "householder name";
            case TOILET_ID_NUMBER -> "id number";
            case TOILET_GROUP -> "villagers' group";
            case TOILET_TYPE -> "toilet type";
            case TOILET_POOR_HOUSEHOLD -> "poor household";
            case TOILET_COMPLETED_ON, ROAD_COMPLETED_ON -> "completion date";
            case TOILET_ACCEPTANCE -> "acceptance";
            case TOILET_SUBSIDY_YUAN -> "subsidy (yuan)";
            case ROAD_NAME -> "road name";
            case ROAD_LENGTH_M -> "length (m)";
            case ROAD_WIDTH_M -> "width (m)";
            case ROAD_AREA_M2 -> "area (m2)";
            case ROAD_SURFACE -> "surface";
            case ROAD_HOUSEHOLD_ACCESS -> "reaches every household";
            case ROAD_HOUSEHOLDS_SERVED -> "households served";
            case ROAD_INVESTMENT_10K_YUAN -> "investment (10k yuan)";
            case POINT_NAME -> "point name";
            case POINT_TYPE -> "point type";
            case POINT_CAMERAS -> "cameras installed";
            case POINT_CAMERAS_ONLINE -> "cameras online";
            case POINT_CONNECTED -> "connected to the township platform";
            case POINT_BUILT_ON -> "date built";
        };
    }

    static String of(CoverField field) {
        return switch (field) {
            case VILLAGE_CODE -> "village code";
            case VILLAGE_NAME -> "village name";
            case PERIOD -> "reporting period";
            case PREPARER -> "preparer";
            case PHONE -> "phone";
            case SUBMITTED_ON -> "submission date";
            case TEMPLATE_VERSION -> "template version";
        };
    }
}
