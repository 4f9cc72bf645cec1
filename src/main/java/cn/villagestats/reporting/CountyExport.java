package cn.villagestats.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.springframework.stereotype.Component;

/**
 * Writes what the county receives and what the township checks: the totals as CSV and as
 * a workbook with a per-village sheet, the outcome of every file, and every rejected cell.
 */
@Component
public class CountyExport {

    private final TotalsRepository totals;
    private final ReturnReports reports;

    CountyExport(TotalsRepository totals, ReturnReports reports) {
        this.totals = totals;
        this.reports = reports;
    }

    /**
     * Writes the period's four files into {@code folder} and returns their paths; they replace
     * the previous ones together, once all four are written.
     */
    public List<Path> write(String period, Path folder) {
        try (ExportFiles files = new ExportFiles(folder)) {
            List<TownshipTotal> township = totals.township(period);
            try (CsvFile csv = CsvFile.create(files.part("township-totals-" + period + ".csv"), "period", "indicator",
                    "name", "unit", "value", "villages")) {
                township.forEach(t -> csv.row(t.period(), t.indicator(), t.name(), t.unit(), t.plainValue(),
                        t.villages()));
            }
            writeWorkbook(period, township, files.part("township-totals-" + period + ".xlsx"));
            Map<String, String> warnings = reports.warnings(period).stream().collect(Collectors.groupingBy(
                    WarningNote::file, Collectors.mapping(WarningNote::text, Collectors.joining("；"))));
            try (CsvFile csv = CsvFile.create(files.part("returns-" + period + ".csv"), "file", "village_code",
                    "village_name", "status", "rows_read", "rows_accepted", "rows_rejected", "reason", "warnings")) {
                reports.outcomes(period).forEach(r -> csv.row(r.file(), r.villageCode(), r.villageName(), r.status(),
                        r.rowsRead(), r.rowsAccepted(), r.rowsRejected(), r.reason(),
                        warnings.getOrDefault(r.file(), "")));
            }
            try (CsvFile csv = CsvFile.create(files.part("rejected-rows-" + period + ".csv"), "file", "village_code",
                    "sheet", "row", "column", "value", "reason_zh", "reason_en")) {
                reports.forEachRejectedCell(period, c -> csv.row(c.file(), c.villageCode(), c.sheet(), c.row(),
                        c.column(), c.value(), c.reasonZh(), c.reasonEn()));
            }
            return files.publish();
        }
    }

    private void writeWorkbook(String period, List<TownshipTotal> township, Path file) {
        // streamed, so that a province's 100,000 villages are written without holding their cells
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsxStreamingInline()) {
            SheetBuilder summary = workbook.sheet("汇总")
                    .row(period + " 乡镇汇总").row("指标代码", "指标名称", "单位", "数值", "村数")
                    .columnWidth(0, 32).columnWidth(1, 18);
            township.forEach(t -> summary.row(t.indicator(), t.name(), t.unit(), t.value(), t.villages()));

            List<Object> header = new ArrayList<>(List.of("村代码", "村名", "报送情况"));
            township.forEach(t -> header.add(t.name() + "(" + t.unit() + ")"));
            SheetBuilder detail = workbook.sheet("分村明细").row(header.toArray()).columnWidth(0, 16);
            totals.forEachVillage(period, village -> {
                List<Object> line = new ArrayList<>(List.of(village.villageCode(), village.villageName(),
                        village.status()));
                township.forEach(t -> line.add(village.value(t.indicator())));
                detail.row(line.toArray());
            });
            workbook.writeTo(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
