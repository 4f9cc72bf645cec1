package cn.villagestats.workbook.xls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.StringPtg;
import org.junit.jupiter.api.Test;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;

/**
 * Formula results the builder cannot write into an {@code .xls}: a text result (saved in
 * the StringRecord after the formula) and a boolean one, fed to the cursor as raw records.
 */
class XlsSheetCursorTests {

    @Test
    void shouldGiveTheTextResultThatFollowsAFormulaInAStringRecord() throws Exception {
        // given a sheet whose B2 holds a formula with the saved text 村东路, then a boolean formula in row 3
        FormulaRecord text = formula(1, 1);
        text.setCachedResultTypeString();
        StringRecord result = new StringRecord();
        result.setString("村东路");
        FormulaRecord flag = formula(2, 0);
        flag.setCachedResultBoolean(true);
        InputStream stream = stream(workbookBof(), new DateWindow1904Record(), EOFRecord.instance, BOFRecord.createSheetBOF(),
                text, result, flag, EOFRecord.instance);

        // when
        try (SheetCursor cursor = cursorOver(stream)) {
            SheetRow second = cursor.next();
            SheetRow third = cursor.next();

            // then
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.cells()).containsExactly(SheetCell.text(1, "村东路"));
            assertThat(third.cell(0)).extracting(SheetCell::kind, SheetCell::text)
                    .containsExactly(CellKind.BOOLEAN, "TRUE");
            assertThat(cursor.next()).isNull();
        }
    }

    private static SheetCursor cursorOver(InputStream stream) throws Exception {
        byte[] bytes = stream.readAllBytes();
        XlsGlobals globals = XlsGlobals.read(new RecordFactoryInputStream(new ByteArrayInputStream(bytes), true));
        InputStream in = new ByteArrayInputStream(bytes);
        return new XlsSheetCursor("道路硬化", 0, in, new RecordFactoryInputStream(in, true), globals);
    }

    private static FormulaRecord formula(int row, int column) {
        FormulaRecord formula = new FormulaRecord();
        formula.setRow(row);
        formula.setColumn((short) column);
        formula.setParsedExpression(new Ptg[] {new StringPtg("村东路")});
        return formula;
    }

    private static BOFRecord workbookBof() {
        BOFRecord bof = new BOFRecord();
        bof.setVersion(BOFRecord.VERSION);
        bof.setType(BOFRecord.TYPE_WORKBOOK);
        return bof;
    }

    private static InputStream stream(Record... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Record record : records) {
            out.writeBytes(record.serialize());
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
