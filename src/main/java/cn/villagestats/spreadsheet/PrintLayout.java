package cn.villagestats.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** How a sheet prints: page, scaling, margins, footer, and rows tall enough for wrapped text. */
final class PrintLayout {

    /** The height of one line of wrapped text, Chinese included, at the default 11 points. */
    static final float LINE_POINTS = 15.5f;

    private PrintLayout() {
    }

    static void onA4(Sheet sheet, boolean landscape, int pagesTall) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) pagesTall);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** Sets the row's height to the lines its text in {@code column} takes in a column {@code characters} wide. */
    static void fitHeight(Row row, int column, int characters) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() != CellType.STRING) {
            return;
        }
        int lines = 0;
        for (String line : cell.getStringCellValue().split("\n", -1)) {
            lines += Math.max(1, (TextWidth.of(line) + characters - 2) / (characters - 1));
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS);
        }
    }
}
