package cn.villagestats.reporting;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Writes what the county receives and what the township checks: the totals as CSV and as
 * a workbook with a per-village sheet, the outcome of every file, and every rejected cell.
 */
@Component
public class CountyExport {

    private final TotalsRepository totals;
    private final ReturnReports reports;
    private final TotalsWorkbook workbook;

    CountyExport(TotalsRepository totals, ReturnReports reports, TotalsWorkbook workbook) {
        this.totals = totals;
        this.reports = reports;
        this.workbook = workbook;
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
            workbook.write(period, township, files.part(workbook.fileName(period)));
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
}
