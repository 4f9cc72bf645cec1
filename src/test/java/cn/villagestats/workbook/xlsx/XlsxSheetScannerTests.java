package cn.villagestats.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.UnreadableWorkbookException;

/**
 * The byte scanner reads every sheet as the StAX cursor does, row for row and cell for cell,
 * wherever the buffer happens to cut the XML, and refuses what an XML parser refuses.
 */
class XlsxSheetScannerTests {

    private static final String STYLES = "<styleSheet xmlns=\"" + RandomSheetXml.MAIN + "\"><cellXfs count=\"3\">"
            + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>";

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64, 65_536})
    void shouldReadRandomSheetsAsTheStaxCursorDoes(int bufferSize) throws Exception {
        // given sheets with every form of cell, read through buffers that cut them anywhere
        for (long seed = 1; seed <= 20; seed++) {
            byte[] sheet = new RandomSheetXml(seed).sheet(60).getBytes(StandardCharsets.UTF_8);

            // when
            List<SheetRow> scanned = rows(XlsxSheetScanner.open("卫生改厕", stream(sheet), cells(), bufferSize));
            List<SheetRow> parsed = rows(new XlsxSheetCursor("卫生改厕", stream(sheet), SheetXml.open(stream(sheet)), cells()));

            // then
            assertThat(scanned).as("seed %d", seed).isNotEmpty().isEqualTo(parsed);
        }
    }

    @Test
    void shouldReadDatesPlainNumbersAndTextAsTheirCellsSay() throws Exception {
        // given a date, a plain decimal, a number in E notation and text, all styled
        String data = "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45123</v></c><c r=\"B2\" s=\"2\"><v>-3.25</v></c>"
                + "<c r=\"C2\"><v>1E-3</v></c><c r=\"D2\" t=\"str\"><v>A&amp;B&#x6751;</v></c></row>";

        // when
        SheetRow row = rows(scanner(data)).get(0);

        // then
        assertThat(row.cells()).extracting(SheetCell::kind, SheetCell::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CellKind.DATE, "2023-07-16"),
                org.assertj.core.groups.Tuple.tuple(CellKind.NUMBER, "-3.25"),
                org.assertj.core.groups.Tuple.tuple(CellKind.NUMBER, "0.001"),
                org.assertj.core.groups.Tuple.tuple(CellKind.TEXT, "A&B村"));
    }

    @Test
    void shouldReadAnEmptyCachedValueAsAFormulaWithoutResultAndNaNAsText() throws Exception {
        // given a formula saved without calculating it (an empty <v/>), NaN and a number past a double's range
        String data = "<row r=\"2\"><c r=\"A2\"><f>SUM(B2:C2)</f><v></v></c><c r=\"B2\"><v>NaN</v></c>"
                + "<c r=\"C2\"><v>1e400</v></c><c r=\"D2\"><v/></c></row>";

        // when
        SheetRow row = rows(scanner(data)).get(0);

        // then each is one cell for its rule to judge, not a damaged sheet
        assertThat(row.cells()).extracting(SheetCell::kind, SheetCell::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CellKind.FORMULA_WITHOUT_RESULT, "=SUM(B2:C2)"),
                org.assertj.core.groups.Tuple.tuple(CellKind.TEXT, "NaN"),
                org.assertj.core.groups.Tuple.tuple(CellKind.TEXT, "1e400"));
    }

    @Test
    void shouldLeaveASheetInUtf16ToTheStaxCursor() throws Exception {
        // given the same sheet in UTF-8 and in UTF-16, which Excel does not write but XML allows
        String xml = new RandomSheetXml(3).sheet(30);
        String utf16 = xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

        // when
        SheetCursor cursor = XlsxSheetScanner.open("卫生改厕", stream(utf16.getBytes(StandardCharsets.UTF_16)), cells());

        // then
        assertThat(cursor).isInstanceOf(XlsxSheetCursor.class);
        assertThat(rows(cursor)).isEqualTo(rows(XlsxSheetScanner.open("卫生改厕", stream(bytes(xml)), cells())));
    }

    @Test
    void shouldCallAUtf16SheetDamagedWhenARowNumberRepeats() throws Exception {
        // given a sheet in UTF-16, read by the StAX cursor, whose second row repeats the first's number
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + RandomSheetXml.sheetWith(
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>");
        SheetCursor cursor = XlsxSheetScanner.open("卫生改厕", stream(xml.getBytes(StandardCharsets.UTF_16)), cells());

        // when / then
        assertThat(cursor).isInstanceOf(XlsxSheetCursor.class);
        assertThatThrownBy(() -> rows(cursor)).isInstanceOfSatisfying(UnreadableWorkbookException.class,
                e -> assertThat(e.reasonZh()).isEqualTo("工作表“卫生改厕”已损坏，无法读取"));
    }

    @Test
    void shouldSkipAUtf8ByteOrderMark() throws Exception {
        // given
        byte[] xml = bytes("\uFEFF" + RandomSheetXml.sheetWith("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>"));

        // when
        List<SheetRow> rows = rows(XlsxSheetScanner.open("卫生改厕", stream(xml), cells()));

        // then
        assertThat(rows).singleElement().extracting(row -> row.cell(0).text()).isEqualTo("张三");
    }

    @Test
    void shouldRefuseADoctypeAsAnExternalEntity() throws Exception {
        // given
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + RandomSheetXml.sheetWith("<row r=\"1\"><c t=\"str\"><v>&x;</v></c></row>");

        // when / then
        assertThatThrownBy(() -> rows(XlsxSheetScanner.open("卫生改厕", stream(bytes(xml)), cells())))
                .isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageContaining("DTD");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>cut off",
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></rows>",
        "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a &nbsp; b</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>bell \u0007</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a<b/>c</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"str\" s=1><v>x</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>&#0;</v></c></row>"})
    void shouldRefuseWhatIsNotWellFormed(String rows) throws Exception {
        // given
        String xml = rows.endsWith("cut off") ? "<worksheet><sheetData>" + rows : RandomSheetXml.sheetWith(rows);

        // when / then
        assertThatThrownBy(() -> rows(XlsxSheetScanner.open("卫生改厕", stream(bytes(xml)), cells())))
                .isInstanceOf(UnreadableWorkbookException.class)
                .satisfies(e -> assertThat(((UnreadableWorkbookException) e).reasonZh()).contains("卫生改厕"));
    }

    @Test
    void shouldRefuseBytesThatAreNoUtf8() throws Exception {
        // given text in GBK under a declaration of UTF-8
        byte[] xml = RandomSheetXml.sheetWith("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>村东路</v></c></row>")
                .getBytes(Charset.forName("GBK"));

        // when / then
        assertThatThrownBy(() -> rows(XlsxSheetScanner.open("卫生改厕", stream(xml), cells())))
                .isInstanceOf(UnreadableWorkbookException.class);
    }

    private static SheetCursor scanner(String sheetData) throws Exception {
        return XlsxSheetScanner.open("卫生改厕", stream(bytes(RandomSheetXml.sheetWith(sheetData))), cells(), 5);
    }

    private static XlsxCellReader cells() throws Exception {
        CompactSharedStrings strings = CompactSharedStrings.read(stream(bytes(RandomSheetXml.SHARED_STRINGS)));
        return new XlsxCellReader(strings::get, DateStyles.read(stream(bytes(STYLES)), "styles.xml"), false);
    }

    private static List<SheetRow> rows(SheetCursor cursor) throws UnreadableWorkbookException {
        try (cursor) {
            List<SheetRow> rows = new ArrayList<>();
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
