package cn.villagestats.programme.water;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.consolidation.ConsolidationParameters;
import cn.villagestats.programme.Programmes;
import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.registry.Village;
import cn.villagestats.reporting.RejectedCell;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.ReturnReports;
import cn.villagestats.reporting.TotalsRepository;
import cn.villagestats.reporting.TownshipTotal;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import cn.villagestats.template.ReturnTemplate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A fourth programme, 饮水安全, defined entirely by the tests ({@link WaterProgramme} and its sheet,
 * rule and record beside it; its table by the test migration {@code db/fourth-programme}; its two
 * indicators' rows in a seeds folder of the tests'), registered by one line: the {@code @Import}.
 * The whole job reads it, rejects its bad cell, stages and aggregates it, and every output shows it.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:fourth-programme;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/fourth-programme",
        "villagestats.seeds=src/test/resources/fourth-programme/seeds",
        "villagestats.load.threads=2"})
@SpringBatchTest
@Import(WaterProgramme.class)
class FourthProgrammeJobTests {

    private static final YearMonth PERIOD = YearMonth.of(2020, 12);
    private static final Village WANGJIAZHUANG = new Village("370982104204", "王家庄村", 247, 9);
    private static final String ID_NUMBER = "370982198001010010";
    private static final String REASON_ZH = "受益户数：“很多”不是数字，应填写数字，如 1250";
    private static final String REASON_EN = "households served: '很多' is not a number; expected a number such as 1250";

    @Autowired
    JobOperatorTestUtils jobOperator;
    @Autowired
    TotalsRepository totals;
    @Autowired
    ReturnReports reports;
    @Autowired
    Programmes programmes;

    @TempDir
    Path work;

    @Test
    void shouldReadRejectStageAggregateAndExportTheFourthProgramme() throws Exception {
        // given a return with the 饮水安全 sheet: two good projects and one whose 受益户数 is no number
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            workbook.sheet("封面").row("村代码", WANGJIAZHUANG.code()).row("村名", WANGJIAZHUANG.name())
                    .row("报告期", PERIOD.toString()).row("填报人", "张三");
            header(workbook, ToiletSheet.SHEET)
                    .row(1, "王小一", ID_NUMBER, "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 1000);
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            header(workbook, WaterSheet.SHEET)
                    .row(1, "村东水厂", 120, "是", 35.5)
                    .row(2, "西片管网", "很多", "是", 12)
                    .row(3, "南山水窖", 40, "否", null);
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }
        Path out = work.resolve("out");

        // when
        JobExecution execution = jobOperator.startJob(ConsolidationParameters.of(PERIOD, inbox,
                getClass().getSimpleName() + "-" + System.nanoTime(), out));

        // then the return is read whole: its toilet row and three water rows, one of them rejected
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<ReturnOutcome> outcomes = reports.outcomes(PERIOD.toString());
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo("accepted");
            assertThat(outcome.rowsRead()).isEqualTo(4);
            assertThat(outcome.rowsAccepted()).isEqualTo(3);
            assertThat(outcome.rowsRejected()).isEqualTo(1);
        });
        // and the bad cell is rejected with its reason
        List<RejectedCell> rejected = reports.rejectedCells(PERIOD.toString());
        assertThat(rejected).singleElement().satisfies(cell -> {
            assertThat(cell.sheet()).isEqualTo("饮水安全");
            assertThat(cell.row()).isEqualTo(3);
            assertThat(cell.column()).isEqualTo("受益户数");
            assertThat(cell.value()).isEqualTo("很多");
            assertThat(cell.reasonZh()).isEqualTo(REASON_ZH);
            assertThat(cell.reasonEn()).isEqualTo(REASON_EN);
        });
        // and its good rows are staged and aggregated into its indicators, beside the other programmes'
        assertThat(totals.township(PERIOD.toString())).extracting(TownshipTotal::indicator, TownshipTotal::plainValue)
                .contains(tuple("toilet.households", "1"),
                        tuple("water.projects", "2"),
                        tuple("water.households", "160"));
        // and the CSV export carries them, last, as the seeds order them
        List<String> csv = Files.readAllLines(out.resolve("township-totals-2020-12.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(19).endsWith("2020-12,water.projects,饮水安全工程数,处,2,1",
                "2020-12,water.households,饮水安全受益户数,户,160,1");
        // and so does the xlsx: in the summary, and under the programme's own heading by village
        try (Workbook xlsx = WorkbookFactory.create(totalsWorkbook(out).toFile(), null, true)) {
            Sheet summary = xlsx.getSheet("汇总");
            assertThat(rowOf(summary, "饮水安全工程数")).startsWith("饮水安全工程数", "处", "2");
            assertThat(rowOf(summary, "饮水安全受益户数")).startsWith("饮水安全受益户数", "户", "160");
            assertThat(text(summary, 0, 0)).contains("卫生改厕、道路硬化、雪亮工程、饮水安全");
            Sheet villages = xlsx.getSheet("分村明细");
            List<String> programmes = texts(villages.getRow(1));
            List<String> indicators = texts(villages.getRow(2));
            int households = indicators.indexOf("饮水安全受益户数\n(户)");
            assertThat(programmes.get(households - 1)).isEqualTo("饮水安全");
            assertThat(indicators.get(households - 1)).isEqualTo("饮水安全工程数\n(处)");
            List<String> village = rowOf(villages, WANGJIAZHUANG.code());
            assertThat(village.get(households - 1)).isEqualTo("2");
            assertThat(village.get(households)).isEqualTo("160");
        }
        // and the village's feedback marks the bad cell red, with the reason as its comment
        Path feedback = out.resolve("feedback/2020-12/370982104204-王家庄村.xlsx");
        try (Workbook copy = WorkbookFactory.create(feedback.toFile(), null, true)) {
            Sheet water = copy.getSheet("饮水安全");
            List<String> red = new ArrayList<>();
            for (Row row : water) {
                for (Cell cell : row) {
                    if (cell.getCellStyle().getFillForegroundColor() == IndexedColors.RED.getIndex()) {
                        red.add((row.getRowNum() + 1) + ":" + text(water, 0, cell.getColumnIndex()) + ":"
                                + cell.getCellComment().getString().getString());
                    }
                }
            }
            assertThat(red).containsExactly("3:受益户数:" + REASON_ZH);
        }
    }

    @Test
    void shouldWriteTheFourthSheetIntoTheTemplate() throws Exception {
        // when
        Path file = ReturnTemplate.write(WANGJIAZHUANG, PERIOD, work, programmes);

        // then the template has the sheet with its headers, after the other programmes', and its rules
        try (Workbook template = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> sheets = new ArrayList<>();
            template.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("封面", "卫生改厕", "道路硬化", "雪亮工程", "饮水安全", "填表说明");
            assertThat(texts(template.getSheet("饮水安全").getRow(0)))
                    .containsExactly("序号", "工程名称", "受益户数", "水质是否达标", "投资(万元)");
            List<String> instructions = new ArrayList<>();
            template.getSheet("填表说明").forEach(row -> instructions.add(text(row.getSheet(), row.getRowNum(), 0)));
            assertThat(instructions).contains(
                    "1. 本工作簿每月报送一次，一个村一份。不要删除、改名或调整“封面”“卫生改厕”“道路硬化”“雪亮工程”“饮水安全”"
                            + "五张工作表，也不要改动表头（第一行）。",
                    "3. 每张表从第二行起逐行填写，一行一户（改厕）、一条路（道路）、一个点位（监控）、一处供水工程（饮水）。"
                            + "本月没有的，表格留空即可。",
                    "10. 饮水安全：工程名称最多128个字；受益户数1到5000户；水质是否达标选“是”或“否”。");
        }
    }

    private static SheetBuilder header(WorkbookBuilder workbook, ReturnSheet sheet) {
        return workbook.sheet(sheet.chineseName()).row(sheet.columns().stream().map(ReturnColumn::header).toArray());
    }

    private static Path totalsWorkbook(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith("township-totals-2020-12.xlsx")).findFirst()
                    .orElseThrow();
        }
    }

    /** The texts of the first row whose first cell is {@code first}. */
    private static List<String> rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (text(sheet, row.getRowNum(), 0).equals(first)) {
                return texts(row);
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(text(row.getSheet(), row.getRowNum(), c));
        }
        return texts;
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
