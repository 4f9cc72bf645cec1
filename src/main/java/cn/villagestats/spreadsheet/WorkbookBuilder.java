package cn.villagestats.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small workbooks (sample returns, test fixtures, templates) without the rest of
 * the code touching POI. Rows are written in order; values are typed by their Java type,
 * see {@link SheetBuilder#row(Object...)}.
 */
public final class WorkbookBuilder implements AutoCloseable {

    private static final int STREAMING_WINDOW = 200;
    private static final Date FIXED_CREATED = new Date(1_600_000_000_000L);

    private final Workbook workbook;
    private final Map<String, CellStyle> formats = new LinkedHashMap<>();
    private final Map<String, CellStyle> markedStyles = new LinkedHashMap<>();
    private final Map<Look, CellStyle> looks = new LinkedHashMap<>();
    private CellStyle quotedText;

    private WorkbookBuilder(Workbook workbook) {
        this.workbook = workbook;
    }

    /** An Office Open XML workbook ({@code .xlsx}). */
    public static WorkbookBuilder xlsx() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        // a fixed creation date keeps generated files identical from run to run
        workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_CREATED));
        return new WorkbookBuilder(workbook);
    }

    /**
     * An {@code .xlsx} written row by row with only a window of rows in memory, strings in
     * the shared-strings table as Excel writes them: for generated workbooks of a million
     * rows. Rows already written cannot be changed.
     */
    public static WorkbookBuilder xlsxStreaming() {
        XSSFWorkbook template = new XSSFWorkbook();
        template.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_CREATED));
        return new WorkbookBuilder(new SXSSFWorkbook(template, STREAMING_WINDOW, true, true));
    }

    /**
     * An {@code .xlsx} written row by row like {@link #xlsxStreaming()}, but with each string
     * in its cell and the spilled rows uncompressed: the cheapest to write, for the many small
     * workbooks of a run (one per village). Rows already written cannot be changed.
     */
    public static WorkbookBuilder xlsxStreamingInline() {
        XSSFWorkbook template = new XSSFWorkbook();
        template.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_CREATED));
        return new WorkbookBuilder(new SXSSFWorkbook(template, STREAMING_WINDOW, false, false));
    }

    /** A legacy Excel 97-2003 workbook ({@code .xls}). */
    public static WorkbookBuilder xls() {
        return new WorkbookBuilder(new HSSFWorkbook());
    }

    public SheetBuilder sheet(String name) {
        Sheet sheet = workbook.createSheet(name);
        return new SheetBuilder(sheet, this::format, this::quotedText, this::marked, this::unlocked, this::look);
    }

    /** The style of a {@link Look}, made once per look. */
    private CellStyle look(Look look) {
        return looks.computeIfAbsent(look, l -> {
            CellStyle style = workbook.createCellStyle();
            if (l.format() != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(l.format()));
            }
            if (l.bold() || l.points() > 0) {
                Font font = workbook.createFont();
                font.setBold(l.bold());
                if (l.points() > 0) {
                    font.setFontHeightInPoints((short) l.points());
                }
                style.setFont(font);
            }
            if (l.bordered()) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            style.setWrapText(l.wrapping());
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setAlignment(switch (l.align()) {
                case GENERAL -> HorizontalAlignment.GENERAL;
                case LEFT -> HorizontalAlignment.LEFT;
                case CENTRE -> HorizontalAlignment.CENTER;
                case RIGHT -> HorizontalAlignment.RIGHT;
            });
            if (l.shade() != null) {
                style.setFillForegroundColor(l.shade().index());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        });
    }

    /** An editable style with a number format, for the columns a clerk fills in a protected sheet. */
    private CellStyle unlocked(String pattern) {
        return formats.computeIfAbsent("unlocked:" + pattern, p -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            style.setLocked(false);
            return style;
        });
    }

    /** The style {@code base} with a mark's fill, made once per base style and mark. */
    private CellStyle marked(CellStyle base, Mark mark) {
        return markedStyles.computeIfAbsent(base.getIndex() + ":" + mark, key -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setFillForegroundColor(mark.shade().index());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    private CellStyle quotedText() {
        if (quotedText == null) {
            quotedText = workbook.createCellStyle();
            quotedText.setQuotePrefixed(true);
        }
        return quotedText;
    }

    CellStyle format(String pattern) {
        return formats.computeIfAbsent(pattern, p -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(p));
            return style;
        });
    }

    public void writeTo(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        if (workbook instanceof SXSSFWorkbook streaming) {
            streaming.dispose();
        }
        // closing a new .xlsx only saves it once more, into a buffer nobody reads; the streamed one's
        // spilled rows are gone with dispose(), so there is nothing else to release
        if (!(workbook instanceof XSSFWorkbook || workbook instanceof SXSSFWorkbook)) {
            workbook.close();
        }
    }
}
