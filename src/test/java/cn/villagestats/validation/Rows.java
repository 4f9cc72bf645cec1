package cn.villagestats.validation;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.returns.ReturnColumn;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Valid rows of each programme, to be spoiled one cell at a time by the tests. */
public final class Rows {

    public static final String VALID_ID = "370982198001011232";

    private final ReturnSheet sheet;
    private final Map<ReturnColumn, Object> values = new LinkedHashMap<>();
    private final Set<ReturnColumn> missingColumns = new LinkedHashSet<>();
    private int rowNumber = 5;

    private Rows(ReturnSheet sheet) {
        this.sheet = sheet;
    }

    public static Rows toilet() {
        return new Rows(ToiletSheet.SHEET)
                .with(ToiletSheet.NO, 1).with(ToiletSheet.HOUSEHOLDER, "张三").with(ToiletSheet.ID_NUMBER, VALID_ID)
                .with(ToiletSheet.GROUP, "一组").with(ToiletSheet.TYPE, "三格化粪池式").with(ToiletSheet.POOR_HOUSEHOLD, "是")
                .with(ToiletSheet.COMPLETED_ON, LocalDate.of(2020, 5, 3)).with(ToiletSheet.ACCEPTANCE, "已验收")
                .with(ToiletSheet.SUBSIDY_YUAN, 1000);
    }

    public static Rows road() {
        return new Rows(RoadSheet.SHEET)
                .with(RoadSheet.NO, 1).with(RoadSheet.NAME, "村东路").with(RoadSheet.LENGTH_M, 1250).with(RoadSheet.WIDTH_M, 4)
                .with(RoadSheet.AREA_M2, 5000).with(RoadSheet.SURFACE, "水泥").with(RoadSheet.HOUSEHOLD_ACCESS, "是")
                .with(RoadSheet.HOUSEHOLDS_SERVED, 36).with(RoadSheet.COMPLETED_ON, LocalDate.of(2020, 9, 30))
                .with(RoadSheet.INVESTMENT_10K_YUAN, 62.5);
    }

    public static Rows point() {
        return new Rows(SurveillanceSheet.SHEET)
                .with(SurveillanceSheet.NO, 1).with(SurveillanceSheet.NAME, "村口东").with(SurveillanceSheet.TYPE, "村口").with(SurveillanceSheet.CAMERAS, 8)
                .with(SurveillanceSheet.CAMERAS_ONLINE, 8).with(SurveillanceSheet.CONNECTED, "是").with(SurveillanceSheet.BUILT_ON, LocalDate.of(2019, 6, 1));
    }

    /** Sets a cell: a String is a text cell, a Number a numeric cell, null a blank, or a ready SheetCell. */
    public Rows with(ReturnColumn column, Object value) {
        values.put(column, value);
        return this;
    }

    public Rows at(int rowNumber) {
        this.rowNumber = rowNumber;
        return this;
    }

    /** Takes a column out of the sheet, header and all. */
    public Rows withoutColumn(ReturnColumn column) {
        values.remove(column);
        missingColumns.add(column);
        return this;
    }

    public ReturnRow build() {
        Map<ReturnColumn, SheetCell> cells = new LinkedHashMap<>();
        values.forEach((column, value) -> cells.put(column, Cells.of(value)));
        Set<ReturnColumn> sheetColumns = new LinkedHashSet<>(sheet.columns());
        sheetColumns.removeAll(missingColumns);
        return new ReturnRow(sheet, sheet.chineseName(), rowNumber, cells, sheetColumns);
    }
}
