package cn.villagestats.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.villagestats.spreadsheet.SheetBuilder.Styled;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookLimits;
import cn.villagestats.workbook.WorkbookSource;

/** Which cell styles are dates, read from {@code styles.xml} without POI's styles table, by POI's rules. */
class DateStylesTests {

    private static final String STYLES = "xl/styles.xml";

    @TempDir
    Path dir;

    @Test
    void shouldReadDatesInBuiltInAndCustomFormatsAndNumbersInTheOthers() throws Exception {
        // given the same day under date formats of every kind, and numbers under number formats
        Path file = workbookWithFormats();

        // when
        List<CellKind> kinds = new ArrayList<>();
        try (WorkbookSource source = XlsxWorkbookSource.open(file, WorkbookLimits.defaults());
                SheetCursor cursor = source.openSheet("格式")) {
            cursor.next().cells().forEach(cell -> kinds.add(cell.kind()));
        }

        // then
        assertThat(kinds).containsExactly(CellKind.DATE, CellKind.DATE, CellKind.DATE, CellKind.DATE, CellKind.DATE,
                CellKind.NUMBER, CellKind.NUMBER, CellKind.NUMBER, CellKind.NUMBER);
    }

    @Test
    void shouldCallTheSameStylesDatesAsPoisStylesTable() throws Exception {
        // given
        String xml = ZipParts.read(workbookWithFormats(), STYLES);
        StylesTable poi = new StylesTable(ZipParts.stream(xml));

        // when
        DateStyles ours = DateStyles.read(ZipParts.stream(xml), STYLES);

        // then every style index is judged alike, and one beyond the last is no date
        assertThat(ours.size()).isEqualTo(poi.getNumCellStyles()).isGreaterThanOrEqualTo(9);
        for (int i = 0; i < poi.getNumCellStyles(); i++) {
            XSSFCellStyle style = poi.getStyleAt(i);
            boolean poiSaysDate = style.getDataFormatString() != null
                    && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
            assertThat(ours.isDate(i)).as("style %d (%s)", i, style.getDataFormatString()).isEqualTo(poiSaysDate);
        }
        assertThat(ours.isDate(poi.getNumCellStyles())).isFalse();
        assertThat(ours.isDate(-1)).isFalse();
    }

    @Test
    void shouldTakeNumberFormatsOnlyFromTheCellFormatsAndTheirOwnList() throws Exception {
        // given a cell-style format and a conditional format that would make style 1 a date if they counted
        String xml = """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="1"><numFmt numFmtId="164" formatCode="0.00&quot;米&quot;"/></numFmts>
                <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
                <cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0"/><xf numFmtId="14" xfId="0">
                <alignment horizontal="center"/></xf></cellXfs>
                <dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></dxf></dxfs>
                </styleSheet>""";

        // when
        DateStyles styles = DateStyles.read(ZipParts.stream(xml), STYLES);

        // then
        assertThat(styles.size()).isEqualTo(3);
        assertThat(List.of(styles.isDate(0), styles.isDate(1), styles.isDate(2))).containsExactly(false, false, true);
    }

    @Test
    void shouldRefuseAStylesPartThatDeclaresADtd() {
        // given
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE styleSheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";

        // when / then
        assertThatThrownBy(() -> DateStyles.read(ZipParts.stream(xml), STYLES))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("external entity");
    }

    private Path workbookWithFormats() throws Exception {
        Path file = dir.resolve("formats.xlsx");
        int day = 43954;
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            workbook.sheet("格式").row(LocalDate.of(2020, 5, 3),
                    new Styled(day, "yyyy\"年\"m\"月\"d\"日\""),
                    new Styled(day, "m/d/yy"),
                    new Styled(day, "[$-F800]dddd, mmmm dd, yyyy"),
                    new Styled(0.25, "h:mm"),
                    new Styled(1250, "#,##0.00"),
                    new Styled(1250, "0.0\"米\""),
                    new Styled(0.25, "0%"),
                    day);
            workbook.writeTo(file);
        }
        return file;
    }
}
