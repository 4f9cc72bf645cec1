package cn.villagestats.workbook.xls;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;

import cn.villagestats.workbook.CellTexts;
import cn.villagestats.workbook.Quietly;
import cn.villagestats.workbook.RowOrder;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.Unreadable;
import cn.villagestats.workbook.UnreadableWorkbookException;

/**
 * Pulls the rows of one {@code .xls} sheet from the workbook's record stream. Cell records
 * arrive row by row, so a row is complete when a record of the next row turns up; RK and
 * MulRK cells already arrive as {@link NumberRecord}s.
 */
final class XlsSheetCursor implements SheetCursor {

    private final String sheet;
    private final InputStream in;
    private final XlsSheetRecords records;
    private final XlsGlobals globals;
    private boolean done;
    private int rowIndex = -1;
    private List<SheetCell> cells = new ArrayList<>();
    private int pendingStringColumn = -1;

    XlsSheetCursor(String sheet, int streamIndex, InputStream in, RecordFactoryInputStream records, XlsGlobals globals) {
        this.sheet = sheet;
        this.in = in;
        this.records = new XlsSheetRecords(records, streamIndex);
        this.globals = globals;
    }

    @Override
    public SheetRow next() throws UnreadableWorkbookException {
        try {
            while (!done) {
                Record record = records.next();
                if (record == null) {
                    done = true;
                    return takeRow(-1);
                }
                SheetRow finished = accept(record);
                if (finished != null) {
                    return finished;
                }
            }
            return null;
        } catch (EncryptedDocumentException e) {
            throw Unreadable.passwordProtected(e);
        } catch (RuntimeException e) {
            throw Unreadable.sheetDamaged(sheet, e);
        }
    }

    /** Takes in one record; returns the previous row when this record starts a new one. */
    private SheetRow accept(Record record) {
        if (record instanceof StringRecord string) {
            if (pendingStringColumn >= 0) {
                cells.add(SheetCell.text(pendingStringColumn, string.getString()));
                pendingStringColumn = -1;
            }
            return null;
        }
        if (!(record instanceof CellValueRecordInterface cellRecord)) {
            return null;
        }
        SheetRow finished = cellRecord.getRow() != rowIndex ? takeRow(cellRecord.getRow()) : null;
        SheetCell cell = toCell(record, cellRecord.getColumn());
        if (cell != null && !cell.isBlank()) {
            cells.add(cell);
        }
        return finished;
    }

    private SheetCell toCell(Record record, int column) {
        if (record instanceof NumberRecord number) {
            return CellTexts.numeric(column, number.getValue(),
                    globals.isDateFormat(number.getXFIndex()), globals.date1904());
        }
        if (record instanceof LabelSSTRecord label) {
            return SheetCell.text(column, globals.sharedString(label.getSSTIndex()));
        }
        if (record instanceof LabelRecord label) {
            return SheetCell.text(column, label.getValue());
        }
        if (record instanceof BoolErrRecord boolErr) {
            return boolErr.isBoolean()
                    ? CellTexts.bool(column, boolErr.getBooleanValue())
                    : CellTexts.error(column, boolErr.getErrorValue());
        }
        if (record instanceof FormulaRecord formula) {
            return formulaResult(formula, column);
        }
        return null;
    }

    /** The result Excel saved with the formula; a text result follows in a StringRecord. */
    private SheetCell formulaResult(FormulaRecord formula, int column) {
        CellType type = formula.getCachedResultTypeEnum();
        return switch (type) {
            case STRING -> {
                if (formula.hasCachedResultString()) {
                    pendingStringColumn = column;
                }
                yield null;
            }
            case BOOLEAN -> CellTexts.bool(column, formula.getCachedBooleanValue());
            case ERROR -> CellTexts.error(column, formula.getCachedErrorValue());
            default -> CellTexts.numeric(column, formula.getValue(),
                    globals.isDateFormat(formula.getXFIndex()), globals.date1904());
        };
    }

    /** Hands out the row collected so far (if it holds anything) and starts {@code nextRow}. */
    private SheetRow takeRow(int nextRow) {
        if (nextRow >= 0) {
            RowOrder.check(nextRow + 1, rowIndex + 1);
        }
        SheetRow row = null;
        if (!cells.isEmpty()) {
            cells.sort(Comparator.comparingInt(SheetCell::column));
            row = new SheetRow(sheet, rowIndex + 1, cells);
        }
        cells = new ArrayList<>();
        rowIndex = nextRow;
        pendingStringColumn = -1;
        return row;
    }

    @Override
    public void close() {
        done = true;
        Quietly.close(in);
    }
}
