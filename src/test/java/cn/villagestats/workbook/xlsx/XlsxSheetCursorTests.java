package cn.villagestats.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.UnreadableWorkbookException;

/**
 * Sheet XML that other writers (WPS, online converters) produce and POI's own writer does
 * not: string formula results, inline strings, missing {@code r} attributes, errors.
 */
class XlsxSheetCursorTests {

    private static final String SST = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
            <si><t>泉里村</t><rPh><t>せん</t></rPh></si></sst>""";

    private static SheetCursor cursorOver(String sheetData) throws Exception {
        return cursorOver(sheetData, false);
    }

    /** {@code aalto}: the reader's own parser ({@link SheetXml}), which reads a shared string's index as a number. */
    private static SheetCursor cursorOver(String sheetData, boolean aalto) throws Exception {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>";
        InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(
                new ByteArrayInputStream(SST.getBytes(StandardCharsets.UTF_8)), false);
        return new XlsxSheetCursor("道路硬化", in,
                aalto ? SheetXml.open(in) : XMLHelper.newXMLInputFactory().createXMLStreamReader(in),
                new XlsxCellReader(strings, DateStyles.none(), false));
    }

    @Test
    void shouldGiveTheCachedTextOfAStringFormula() throws Exception {
        // given
        try (SheetCursor cursor = cursorOver("<row r=\"3\"><c r=\"B3\" t=\"str\"><f>A3&amp;\"路\"</f><v>村东路</v></c></row>")) {
            // when
            SheetRow row = cursor.next();

            // then
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cell(1)).isEqualTo(SheetCell.text(1, "村东路"));
            assertThat(cursor.next()).isNull();
        }
    }

    @Test
    void shouldReadSharedAndInlineStringsWithoutPhoneticGuides() throws Exception {
        // given
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><r><t>村</t></r><r><t>东路</t></r><rPh><t>x</t></rPh></is></c></row>";
        try (SheetCursor cursor = cursorOver(data)) {
            // when
            SheetRow row = cursor.next();

            // then
            assertThat(row.cells()).containsExactly(SheetCell.text(0, "泉里村"), SheetCell.text(2, "村东路"));
        }
    }

    @Test
    void shouldCountRowsAndCellsThatLackTheirReference() throws Exception {
        // given rows and cells written without r attributes, after a row that has one
        String data = "<row r=\"2\"><c r=\"B2\"><v>1</v></c></row>"
                + "<row><c><v>10</v></c><c><v>11</v></c></row>"
                + "<row><c r=\"D4\"><v>12</v></c><c><v>13</v></c></row>";
        try (SheetCursor cursor = cursorOver(data)) {
            // when
            SheetRow second = skip(cursor);
            SheetRow third = cursor.next();

            // then
            assertThat(second.number()).isEqualTo(3);
            assertThat(second.cells()).extracting(SheetCell::column).containsExactly(0, 1);
            assertThat(third.number()).isEqualTo(4);
            assertThat(third.cells()).extracting(SheetCell::column, SheetCell::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "12"),
                            org.assertj.core.groups.Tuple.tuple(4, "13"));
        }
    }

    @Test
    void shouldReadErrorsBooleansAndSkipRowsWithOnlyEmptyCells() throws Exception {
        // given a formatted but empty row, then an error and a boolean
        String data = "<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"B5\" t=\"b\"><v>1</v></c></row>";
        try (SheetCursor cursor = cursorOver(data)) {
            // when
            SheetRow row = cursor.next();

            // then
            assertThat(row.number()).isEqualTo(5);
            assertThat(row.cell(0)).extracting(SheetCell::kind, SheetCell::text)
                    .containsExactly(CellKind.ERROR, "#DIV/0!");
            assertThat(row.cell(1)).extracting(SheetCell::kind, SheetCell::text)
                    .containsExactly(CellKind.BOOLEAN, "TRUE");
        }
    }

    @Test
    void shouldReadASharedStringIndexWithSpacesAndRefuseOneThatIsNoIndex() throws Exception {
        // given a shared-string cell whose index has spaces around it, and cells whose index is no index
        try (SheetCursor spaced = cursorOver("<row r=\"1\"><c r=\"A1\" t=\"s\"><v> 0 </v></c></row>", true);
             SheetCursor text = cursorOver("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>x</v></c></row>", true);
             SheetCursor negative = cursorOver("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>", true)) {
            // when / then
            assertThat(spaced.next().cell(0)).isEqualTo(SheetCell.text(0, "泉里村"));
            assertThatThrownBy(text::next).isInstanceOf(UnreadableWorkbookException.class);
            assertThatThrownBy(negative::next).isInstanceOf(UnreadableWorkbookException.class);
        }
    }

    private static SheetRow skip(SheetCursor cursor) throws UnreadableWorkbookException {
        cursor.next();
        return cursor.next();
    }
}
