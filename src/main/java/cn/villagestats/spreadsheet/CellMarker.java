package cn.villagestats.spreadsheet;

import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Fills cells of one sheet and attaches comments to them, one drawing per sheet. */
final class CellMarker {

    private final Sheet sheet;
    private final BiFunction<CellStyle, Mark, CellStyle> marked;
    private Drawing<?> drawing;

    CellMarker(Sheet sheet, BiFunction<CellStyle, Mark, CellStyle> marked) {
        this.sheet = sheet;
        this.marked = marked;
    }

    void mark(int rowIndex, int column, Mark mark, String comment) {
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            cell = row.createCell(column);
        }
        cell.setCellStyle(marked.apply(cell.getCellStyle(), mark));
        if (comment == null || comment.isEmpty()) {
            return;
        }
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        Comment existing = cell.getCellComment();
        if (existing != null) {
            // two problems in one cell share its one comment
            existing.setString(helper.createRichTextString(existing.getString().getString() + "\n" + comment));
            return;
        }
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 5);
        anchor.setRow1(rowIndex);
        anchor.setRow2(rowIndex + 4);
        Comment note = drawing.createCellComment(anchor);
        note.setString(helper.createRichTextString(comment));
        // a streamed cell only remembers its comment; the comment itself must name the cell
        note.setAddress(rowIndex, column);
        cell.setCellComment(note);
    }
}
