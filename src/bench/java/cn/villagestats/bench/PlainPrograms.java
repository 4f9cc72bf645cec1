package cn.villagestats.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The plain programs the township night is compared with: {@link SeedSums} over every workbook,
 * read with POI's {@code WorkbookFactory} (both formats), or with fastexcel-reader (which reads
 * no {@code .xls}: those are skipped, and said so).
 */
final class PlainPrograms {

    private PlainPrograms() {
    }

    static String poi(List<Path> files) throws Exception {
        SeedSums sums = new SeedSums();
        for (Path file : files) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                for (Sheet sheet : workbook) {
                    sums.sheet();
                    for (Row row : sheet) {
                        List<Object> cells = new ArrayList<>();
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            cells.add(value(row.getCell(c)));
                        }
                        sums.row(file.getFileName().toString(), sheet.getSheetName(), cells);
                    }
                }
            }
        }
        return sums.toString();
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }

    static String fastexcel(List<Path> files) throws Exception {
        SeedSums sums = new SeedSums();
        int skipped = 0;
        for (Path file : files) {
            if (file.getFileName().toString().endsWith(".xls")) {
                skipped++;
                continue;
            }
            File workbookFile = file.toFile();
            try (ReadableWorkbook workbook = new ReadableWorkbook(workbookFile)) {
                for (var sheet : workbook.getSheets().toList()) {
                    sums.sheet();
                    try (var rows = sheet.openStream()) {
                        for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                            List<Object> cells = new ArrayList<>();
                            for (int c = 0; c < row.getCellCount(); c++) {
                                var cell = row.getCell(c);
                                cells.add(cell == null ? null : cell.getValue());
                            }
                            sums.row(file.getFileName().toString(), sheet.getName(), cells);
                        }
                    }
                }
            }
        }
        return sums + (skipped > 0 ? " (" + skipped + " .xls files not read)" : "");
    }
}
