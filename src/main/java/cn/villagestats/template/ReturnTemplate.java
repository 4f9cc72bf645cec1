package cn.villagestats.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import cn.villagestats.programme.Programme;
import cn.villagestats.programme.Programmes;
import cn.villagestats.registry.Village;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;

/**
 * Writes the return template for one village and period: the cover filled from the
 * registry, a sheet per programme with its header row locked, drop-down lists, number/date/text
 * formats and widths as its columns give them, and 填表说明.
 */
public final class ReturnTemplate {

    /** How far down the data validations and formats reach; far more rows than any village fills. */
    static final int DATA_ROWS = 2000;

    private ReturnTemplate() {
    }

    /** Writes {@code <code>-<name>-<period>-报表模板.xlsx} into {@code folder} and returns it. */
    public static Path write(Village village, YearMonth period, Path folder, Programmes programmes)
            throws IOException {
        Path file = folder.resolve(village.code() + "-" + village.name() + "-" + period + "-报表模板.xlsx");
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, village, period);
            for (Programme<?> programme : programmes.all()) {
                programme(workbook, programme.sheet());
            }
            SheetBuilder instructions = workbook.sheet(Instructions.SHEET).columnWidth(0, 120);
            Instructions.lines(programmes.all()).forEach(instructions::row);
            workbook.writeTo(file);
        }
        return file;
    }

    /** Labels and registry values are locked; what the clerk fills (column B, blank) is not. */
    private static void cover(WorkbookBuilder workbook, Village village, YearMonth period) {
        workbook.sheet(ReturnSheet.COVER.chineseName())
                .columnWidth(0, 14).columnWidth(1, 28)
                .row("村代码", village.code())
                .row("村名", village.name())
                .row("报告期", period.toString())
                .row("填报人")
                .row("联系电话")
                .row("填报日期")
                .row("模板版本", "2020.1")
                .columnFormat(1, ReturnColumn.TEXT)
                .protect();
    }

    private static void programme(WorkbookBuilder workbook, ReturnSheet sheet) {
        List<ReturnColumn> columns = sheet.columns();
        SheetBuilder builder = workbook.sheet(sheet.chineseName())
                .row(columns.stream().map(ReturnColumn::header).toArray())
                .freezeRows(1);
        for (int i = 0; i < columns.size(); i++) {
            ReturnColumn column = columns.get(i);
            builder.columnWidth(i, column.width()).columnFormat(i, column.format());
            List<String> allowed = column.allowed();
            if (!allowed.isEmpty()) {
                builder.listValidation(i, 1, DATA_ROWS, allowed);
            }
        }
        builder.protect();
    }
}
