package cn.villagestats.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Text that a spreadsheet would run as a formula is written so that it stays text, in every format. */
class FormulaTextTests {

    private static final List<String> RISKY = List.of("=HYPERLINK(\"http://x\",\"点\")", "+1+1", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xlsx-streaming", "xlsx-streaming-inline", "xls"})
    void shouldWriteTextStartingWithAFormulaCharacterAsQuotedText(String format) throws Exception {
        // given
        Path file = dir.resolve("export." + Formats.extension(format));
        try (WorkbookBuilder workbook = Formats.builder(format)) {
            SheetBuilder sheet = workbook.sheet("导出");
            RISKY.forEach(text -> sheet.row(text, "普通文字"));
            workbook.writeTo(file);
        }

        // when
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            // then every risky value is a text cell, as written, quote-prefixed; plain text is left alone
            for (int i = 0; i < RISKY.size(); i++) {
                Row row = workbook.getSheet("导出").getRow(i);
                Cell risky = row.getCell(0);
                assertThat(risky.getCellType()).isEqualTo(CellType.STRING);
                assertThat(risky.getStringCellValue()).isEqualTo(RISKY.get(i));
                assertThat(risky.getCellStyle().getQuotePrefixed()).as(RISKY.get(i)).isTrue();
                assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            }
        }
    }
}
