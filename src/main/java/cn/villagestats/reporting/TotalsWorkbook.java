package cn.villagestats.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.villagestats.programme.Programme;
import cn.villagestats.programme.Programmes;
import cn.villagestats.registry.Township;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the township's totals workbook ({@link #fileName}), the tables the county's staff open, print and
 * compare with last month's: {@link SummarySheet 汇总} and {@link VillageSheet 分村明细}.
 */
@Component
class TotalsWorkbook {

    private final TotalsRepository totals;
    private final Township township;
    private final Programmes programmes;
    private final Clock clock;

    @Autowired
    TotalsWorkbook(TotalsRepository totals, Township township, Programmes programmes,
                   @Value("${villagestats.schedule.zone:Asia/Shanghai}") ZoneId zone) {
        this(totals, township, programmes, Clock.system(zone));
    }

    TotalsWorkbook(TotalsRepository totals, Township township, Programmes programmes, Clock clock) {
        this.totals = totals;
        this.township = township;
        this.programmes = programmes;
        this.clock = clock;
    }

    /**
     * The workbook's file name: {@code <code>-<name>-township-totals-<period>.xlsx} where the
     * township is set, so that the county's staff, who gather one from each township, see whose
     * it is; {@code township-totals-<period>.xlsx} where it is not.
     */
    String fileName(String period) {
        String prefix = Stream.of(township.code(), township.name()).filter(part -> !part.isEmpty())
                .map(part -> part.replaceAll("[\\\\/:*?\"<>|]", "_") + "-").collect(Collectors.joining());
        return prefix + "township-totals-" + period + ".xlsx";
    }

    /** The programme an indicator belongs to, by its definition; the job's own (returns.received) are 报送. */
    private static String programmeOf(Map<String, String> programmes, String indicator) {
        String prefix = indicator.substring(0, indicator.indexOf('.'));
        return programmes.getOrDefault(indicator, prefix.equals("returns") ? "报送" : prefix);
    }

    void write(String period, List<TownshipTotal> township, Path file) {
        Map<String, BigDecimal> previous = totals.township(YearMonth.parse(period).minusMonths(1).toString())
                .stream().collect(Collectors.toMap(TownshipTotal::indicator, TownshipTotal::value));
        LocalDate today = LocalDate.now(clock);
        String date = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
        String programmes = this.programmes.sheets().stream().map(sheet -> sheet.chineseName())
                .collect(Collectors.joining("、"));
        Map<String, String> programmeOf = new HashMap<>();
        for (Programme<?> programme : this.programmes.all()) {
            programme.indicators().forEach(i -> programmeOf.put(i.code(), programme.sheet().chineseName()));
        }
        String month = this.township.name() + TableLooks.month(period);
        // streamed, so that a province's 100,000 villages are written without holding their cells
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsxStreamingInline()) {
            SummarySheet.write(workbook.sheet(SummarySheet.NAME),
                    new SummarySheet.Heading(month + programmes + "汇总表", this.township.label(), date),
                    township, previous);
            VillageSheet.write(workbook.sheet(VillageSheet.NAME),
                    new SummarySheet.Heading(month + programmes + "分村明细表", this.township.label(), date),
                    township, code -> programmeOf(programmeOf, code),
                    village -> totals.forEachVillage(period, village));
            workbook.writeTo(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
