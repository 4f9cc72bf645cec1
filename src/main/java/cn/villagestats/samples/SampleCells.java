package cn.villagestats.samples;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.returns.ReturnColumn;

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
        Map<ReturnColumn, Object> cells = new LinkedHashMap<>();
        cells.put(ToiletSheet.NO, row.no());
        cells.put(ToiletSheet.HOUSEHOLDER, row.householder());
        cells.put(ToiletSheet.ID_NUMBER, row.idNumber());
        cells.put(ToiletSheet.GROUP, row.group());
        cells.put(ToiletSheet.TYPE, row.toiletType());
        cells.put(ToiletSheet.POOR_HOUSEHOLD, CellForms.yesNo(row.poorHousehold(), layout.yesNoForm()));
        cells.put(ToiletSheet.COMPLETED_ON, CellForms.date(row.completedOn(), layout.dateForm()));
        cells.put(ToiletSheet.ACCEPTANCE, row.acceptance());
        cells.put(ToiletSheet.SUBSIDY_YUAN, row.subsidyYuan() == null ? null : whole(row.subsidyYuan(), index, false));
        return cells;
    }

    Map<ReturnColumn, Object> road(RoadSample row, int index) {
        Map<ReturnColumn, Object> cells = new LinkedHashMap<>();
        cells.put(RoadSheet.NO, row.no());
        cells.put(RoadSheet.NAME, row.name());
        cells.put(RoadSheet.LENGTH_M, whole(row.lengthM(), index, true));
        cells.put(RoadSheet.WIDTH_M, row.widthM());
        boolean formula = layout.areaFormulas() && index % 4 == 2;
        cells.put(RoadSheet.AREA_M2, formula ? new AreaFormula(row.areaM2()) : row.areaM2());
        cells.put(RoadSheet.SURFACE, row.surface());
        cells.put(RoadSheet.HOUSEHOLD_ACCESS, CellForms.yesNo(row.householdAccess(), layout.yesNoForm()));
        cells.put(RoadSheet.HOUSEHOLDS_SERVED, row.householdsServed() == null ? null
                : whole(row.householdsServed(), index, false));
        cells.put(RoadSheet.COMPLETED_ON, CellForms.date(row.completedOn(), layout.dateForm()));
        cells.put(RoadSheet.INVESTMENT_10K_YUAN, row.investment10kYuan());
        return cells;
    }

    Map<ReturnColumn, Object> point(PointSample row, int index) {
        Map<ReturnColumn, Object> cells = new LinkedHashMap<>();
        cells.put(SurveillanceSheet.NO, row.no());
        cells.put(SurveillanceSheet.NAME, row.name());
        cells.put(SurveillanceSheet.TYPE, row.pointType());
        cells.put(SurveillanceSheet.CAMERAS, whole(row.cameras(), index, false));
        cells.put(SurveillanceSheet.CAMERAS_ONLINE, row.camerasOnline());
        cells.put(SurveillanceSheet.CONNECTED, CellForms.yesNo(row.connected(), layout.yesNoForm()));
        cells.put(SurveillanceSheet.BUILT_ON, row.builtOn() == null ? null : CellForms.date(row.builtOn(), layout.dateForm()));
        return cells;
    }

    private Object whole(int value, int index, boolean metres) {
        return index % 4 == 1 ? CellForms.whole(value, layout.numberForm(), metres) : (Object) value;
    }

    /** 面积 written as {@code =length*width} of its own row, with the result Excel saved. */
    record AreaFormula(double cachedResult) {
    }
}
