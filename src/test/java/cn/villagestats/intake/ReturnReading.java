package cn.villagestats.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.programme.StandardProgrammes;

/** Reads every data row of a return, for tests that look at rows as a whole. */
final class ReturnReading {

    private ReturnReading() {
    }

    static List<ReturnRow> allRows(Path file) throws UnreadableReturnException {
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            return allRows(workbook);
        }
    }

    static List<ReturnRow> allRows(ReturnWorkbook workbook) throws UnreadableReturnException {
        List<ReturnRow> rows = new ArrayList<>();
        ReturnRow row;
        while ((row = workbook.next()) != null) {
            rows.add(row);
        }
        return rows;
    }
}
