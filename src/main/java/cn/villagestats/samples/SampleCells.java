package cn.villagestats.samples;

import static cn.villagestats.intake.ReturnColumn.*;

import java.util.EnumMap;
import java.util.Map;

import cn.villagestats.intake.ReturnColumn;

/**
 * Types each row's values into cells the way this return's clerk does: dates, yes/no and
 * some whole numbers in the layout's forms, an area formula now and then. Every fourth row
 * (from the second) carries its whole numbers as text, every fourth (from the third) its
 * area as a formula; the two never fall on one row, so a formula only references numbers.
 */
final class SampleCells {

    private final ReturnLayout layout;

    SampleCells(ReturnLayout layout) {
        this.layout = layout;
    }

    Map<ReturnColumn, Object> toilet(ToiletSample row, int index) {
        Map<ReturnColumn, Object> cells = new EnumMap<>(ReturnColumn.class);
        cells.put(TOILET_NO, row.no());
        cells.put(TOILET_HOUSEHOLDER, row.householder());
        cells.put(TOILET_ID_NUMBER, row.idNumber());
        cells.put(TOILET_GROUP, row.group());
        cells.put(TOILET_TYPE, row.toiletType());
        cells.put(TOILET_POOR_HOUSEHOLD, CellForms.yesNo(row.poorHousehold(), layout.yesNoForm()));
        cells.put(TOILET_COMPLETED_ON, CellForms.date(row.completedOn(), layout.dateForm()));
        cells.put(TOILET_ACCEPTANCE, row.acceptance());
        cells.put(TOILET_SUBSIDY_YUAN, row.subsidyYuan() == null ? null : whole(row.subsidyYuan(), index, false));
        return cells;
    }

    Map<ReturnColumn, Object> road(RoadSample row, int index) {
        Map<ReturnColumn, Object> cells = new EnumMap<>(ReturnColumn.class);
        cells.put(ROAD_NO, row.no());
        cells.put(ROAD_NAME, row.name());
        cells.put(ROAD_LENGTH_M, whole(row.lengthM(), index, true));
        cells.put(ROAD_WIDTH_M, row.widthM());
        boolean formula = layout.areaFormulas() && index % 4 == 2;
        cells.put(ROAD_AREA_M2, formula ? new AreaFormula(row.areaM2()) : row.areaM2());
        cells.put(ROAD_SURFACE, row.surface());
        cells.put(ROAD_HOUSEHOLD_ACCESS, CellForms.yesNo(row.householdAccess(), layout.yesNoForm()));
        cells.put(ROAD_HOUSEHOLDS_SERVED, row.householdsServed() == null ? null
                : whole(row.householdsServed(), index, false));
        cells.put(ROAD_COMPLETED_ON, CellForms.date(row.completedOn(), layout.dateForm()));
        cells.put(ROAD_INVESTMENT_10K_YUAN, row.investment10kYuan());
        return cells;
    }

    Map<ReturnColumn, Object> point(PointSample row, int index) {
        Map<ReturnColumn, Object> cells = new EnumMap<>(ReturnColumn.class);
        cells.put(POINT_NO, row.no());
        cells.put(POINT_NAME, row.name());
        cells.put(POINT_TYPE, row.pointType());
        cells.put(POINT_CAMERAS, whole(row.cameras(), index, false));
        cells.put(POINT_CAMERAS_ONLINE, row.camerasOnline());
        cells.put(POINT_CONNECTED, CellForms.yesNo(row.connected(), layout.yesNoForm()));
        cells.put(POINT_BUILT_ON, row.builtOn() == null ? null : CellForms.date(row.builtOn(), layout.dateForm()));
        return cells;
    }

    private Object whole(int value, int index, boolean metres) {
        return index % 4 == 1 ? CellForms.whole(value, layout.numberForm(), metres) : (Object) value;
    }

    /** 面积 written as {@code =length*width} of its own row, with the result Excel saved. */
    record AreaFormula(double cachedResult) {
    }
}
