package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.villagestats.programme.StandardProgrammes;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.villagestats.workbook.xlsx.ZipParts;

/** A sheet whose rows go back or repeat a row number is damaged, not two rows of one number. */
class RowOrderTests {

    @TempDir
    Path dir;

    @Test
    void shouldCallASheetDamagedWhenARowNumberRepeats() throws Exception {
        // given a toilet sheet whose third row claims to be the second
        Path workbook = households(Format.XLSX, 2);
        ZipParts.rewrite(workbook, "xl/worksheets/sheet2.xml", xml -> xml.replace("<row r=\"3\"", "<row r=\"2\""));

        // when / then
        assertDamagedAfterItsFirstRow(workbook);
    }

    @Test
    void shouldCallAnXlsSheetDamagedWhenItsRowsGoBack() throws Exception {
        // given an .xls toilet sheet whose third household's 序号 cell claims to be in the first data row
        Path workbook = households(Format.XLS, 3);
        moveNumberCell(workbook, 3, 0, 1);

        // when / then
        assertDamagedAfterItsFirstRow(workbook);
    }

    /** A return whose toilet sheet lists {@code count} households, rows 2 onwards. */
    private Path households(Format format, int count) throws Exception {
        return ReturnFixture.standard().sheet("卫生改厕", s -> {
            s.row(ReturnFixture.TOILET_HEADERS);
            for (int n = 1; n <= count; n++) {
                s.row(n, "王小" + n, "37098219800101" + (1230 + n), "一组", "三格化粪池式", "是", LocalDate.of(2020, 5, 3),
                        "已验收", 1000);
            }
        }).write(format, dir);
    }

    private static void assertDamagedAfterItsFirstRow(Path workbook) throws Exception {
        try (ReturnWorkbook opened = ReturnWorkbookReader.open(workbook, IntakeLimits.defaults(), StandardProgrammes.SHEETS)) {
            assertThat(opened.next().rowNumber()).isEqualTo(2);
            assertThatThrownBy(() -> {
                while (opened.next() != null) {
                    // read on until the sheet repeats or goes back
                }
            }).isInstanceOfSatisfying(UnreadableReturnException.class,
                    e -> assertThat(e.reasonZh()).isEqualTo("工作表“卫生改厕”已损坏，无法读取"));
        }
    }

    /**
     * Rewrites the row (0-based) of the number cell in {@code row}, {@code column} of the workbook
     * stream, as a crafted file would: Excel and POI write a sheet's cell records row by row.
     */
    private static void moveNumberCell(Path xls, int row, int column, int toRow) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), false)) {
            byte[] stream;
            try (InputStream in = fs.getRoot().createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
            ByteBuffer records = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
            int moved = 0;
            for (int at = 0; at + 4 <= stream.length; at += 4 + records.getShort(at + 2)) {
                boolean numberCell = records.getShort(at) == NumberRecord.sid;
                if (numberCell && records.getShort(at + 4) == row && records.getShort(at + 6) == column) {
                    records.putShort(at + 4, (short) toRow);
                    moved++;
                }
            }
            assertThat(moved).as("number cells at row %d, column %d", row, column).isEqualTo(1);
            fs.getRoot().createOrUpdateDocument("Workbook", new ByteArrayInputStream(stream));
            fs.writeFilesystem();
        }
    }
}
