package cn.villagestats.validation;

import cn.villagestats.intake.ReturnColumn;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.intake.ReturnSheet;
import cn.villagestats.workbook.SheetCell;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.villagestats.intake.ReturnColumn.*;

/** Valid rows of each programme, to be spoiled one cell at a time by the tests. */
final class Rows {

    static final String VALID_ID = "370982198001011232";

    private final ReturnSheet sheet;
    private final Map<ReturnColumn, Object> values = new EnumMap<>(ReturnColumn.class);
    private final Set<ReturnColumn> missingColumns = EnumSet.noneOf(ReturnColumn.class);
    private int rowNumber = 5;

    private Rows(ReturnSheet sheet) {
        this.sheet = sheet;
    }

    static Rows toilet() {
        return new Rows(ReturnSheet.TOILETS)
                .with(TOILET_NO, 1).with(TOILET_HOUSEHOLDER, "张三").with(TOILET_ID_NUMBER, VALID_ID)
                .with(TOILET_GROUP, "一组").with(TOILET_TYPE, "三格化粪池式").with(TOILET_POOR_HOUSEHOLD, "是")
                .with(TOILET_COMPLETED_ON, LocalDate.of(2020, 5, 3)).with(TOILET_ACCEPTANCE, "已验收")
                .with(TOILET_SUBSIDY_YUAN, 1000);
    }

    static Rows road() {
        return new Rows(ReturnSheet.ROADS)
                .with(ROAD_NO, 1).with(ROAD_NAME, "村东路").with(ROAD_LENGTH_M, 1250).with(ROAD_WIDTH_M, 4)
                .with(ROAD_AREA_M2, 5000).with(ROAD_SURFACE, "水泥").with(ROAD_HOUSEHOLD_ACCESS, "是")
                .with(ROAD_HOUSEHOLDS_SERVED, 36).with(ROAD_COMPLETED_ON, LocalDate.of(2020, 9, 30))
                .with(ROAD_INVESTMENT_10K_YUAN, 62.5);
    }

    static Rows point() {
        return new Rows(ReturnSheet.SURVEILLANCE)
                .with(POINT_NO, 1).with(POINT_NAME, "村口东").with(POINT_TYPE, "村口").with(POINT_CAMERAS, 8)
                .with(POINT_CAMERAS_ONLINE, 8).with(POINT_CONNECTED, "是").with(POINT_BUILT_ON, LocalDate.of(2019, 6, 1));
    }

    /** Sets a cell: a String is a text cell, a Number a numeric cell, null a blank, or a ready SheetCell. */
    Rows with(ReturnColumn column, Object value) {
        values.put(column, value);
        return this;
    }

    Rows at(int rowNumber) {
        this.rowNumber = rowNumber;
        return this;
    }

    /** Takes a column out of the sheet, header and all. */
    Rows withoutColumn(ReturnColumn column) {
        values.remove(column);
        missingColumns.add(column);
        return this;
    }

    ReturnRow build() {
        Map<ReturnColumn, SheetCell> cells = new EnumMap<>(ReturnColumn.class);
        values.forEach((column, value) -> cells.put(column, Cells.of(value)));
        Set<ReturnColumn> sheetColumns = EnumSet.copyOf(ReturnColumn.of(sheet));
        sheetColumns.removeAll(missingColumns);
        return new ReturnRow(sheet, sheet.chineseName(), rowNumber, cells, sheetColumns);
    }
}
