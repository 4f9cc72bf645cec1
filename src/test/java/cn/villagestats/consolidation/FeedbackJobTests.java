package cn.villagestats.consolidation;

import static cn.villagestats.consolidation.TestReturns.HEER;
import static cn.villagestats.consolidation.TestReturns.WANGJIAZHUANG;
import static cn.villagestats.consolidation.TestReturns.cover;
import static cn.villagestats.consolidation.TestReturns.header;
import static cn.villagestats.consolidation.TestReturns.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.reporting.RejectedCell;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import cn.villagestats.validation.IdNumbers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;

/** Every village with problems gets its own workbook back, marked; clean villages get none. */
class FeedbackJobTests extends JobTestSupport {

    private static final String GOOD_ID = idNumber(1);
    private static final String BAD_ID = idNumber(2).substring(0, 17) + (idNumber(2).endsWith("0") ? "1" : "0");

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void shouldMarkTheRejectedAndWarnedCellsInACopyOfTheVillagesOwnWorkbook(String format) throws Exception {
        // given a return with two bad cells in one toilet row, a bad road width and a 合计 that does not add up
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (WorkbookBuilder workbook = format.equals("xlsx") ? WorkbookBuilder.xlsx() : WorkbookBuilder.xls()) {
            cover(workbook, WANGJIAZHUANG);
            header(workbook, ToiletSheet.SHEET)
                    .row(1, "王小一", GOOD_ID, "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 1000)
                    .row(2, "王小二", BAD_ID, "一组", "水冲", "否", LocalDate.of(2020, 6, 1), "已验收", 1000)
                    .row(3, "王小三", idNumber(3), "二组", "双瓮漏斗式", "否", LocalDate.of(2020, 6, 2), "未验收", null);
            header(workbook, RoadSheet.SHEET)
                    .row(1, "村东路", 100, 30, 3000, "水泥", "否", null, LocalDate.of(2020, 7, 1), 20)
                    .row("合计", null, 150, null, 3000, null, null, null, null, 20);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("王家庄村." + format));
        }
        // and a clean return and a file that is no workbook
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, HEER);
            header(workbook, ToiletSheet.SHEET)
                    .row(1, "贺一", idNumber(9), "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 500);
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("贺二村.xlsx"));
        }
        Files.writeString(inbox.resolve("乱码.xlsx"), "not a workbook at all");

        // when
        BatchStatus status = run(inbox, work.resolve("out"));

        // then only the village with problems and the rejected file get feedback
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        Path folder = work.resolve("out/feedback/2020-12");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("370982104204-王家庄村.xlsx", "未识别-乱码.xlsx");
        }
        List<RejectedCell> rejected = reports.rejectedCells("2020-12");
        assertThat(rejected).hasSize(3);
        try (Workbook feedback = WorkbookFactory.create(folder.resolve("370982104204-王家庄村.xlsx").toFile(), null,
                true)) {
            // the problem list comes first: summary, then exactly the rejected cells and the warning, id masked
            Sheet list = feedback.getSheetAt(0);
            assertThat(list.getSheetName()).isEqualTo("问题清单");
            assertThat(text(list, 0, 0)).startsWith("共读取4行，接收2行，拒收2行");
            Set<List<String>> lines = new HashSet<>();
            for (int r = 3; r <= list.getLastRowNum(); r++) {
                lines.add(List.of(text(list, r, 0), text(list, r, 1), text(list, r, 2), text(list, r, 3),
                        text(list, r, 4), text(list, r, 5)));
            }
            Set<List<String>> expected = new HashSet<>();
            rejected.forEach(c -> expected.add(List.of(c.sheet(), String.valueOf(c.row()), c.column(), c.value(),
                    c.reasonZh(), "拒收")));
            reports.warnings("2020-12").forEach(w -> expected.add(List.of(w.sheet(),
                    w.row() > 0 ? String.valueOf(w.row()) : "", w.column(), w.value(), w.reasonZh(), "提醒")));
            assertThat(lines).isEqualTo(expected).anySatisfy(line -> assertThat(line.get(3))
                    .isEqualTo(IdNumbers.mask(BAD_ID)));
            assertThat(expected).anySatisfy(line -> assertThat(line.get(5)).isEqualTo("提醒"));

            // the copy marks exactly the rejected cells red, with the reason as comment, and keeps the id as typed
            Set<List<String>> red = new HashSet<>();
            Set<List<String>> yellow = new HashSet<>();
            for (String name : List.of("卫生改厕", "道路硬化", "雪亮工程")) {
                Sheet sheet = feedback.getSheet(name);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        short fill = cell.getCellStyle().getFillForegroundColor();
                        String header = text(sheet, 0, cell.getColumnIndex());
                        if (fill == IndexedColors.RED.getIndex()) {
                            red.add(List.of(name, String.valueOf(row.getRowNum() + 1), header,
                                    cell.getCellComment().getString().getString()));
                        } else if (fill == IndexedColors.YELLOW.getIndex()) {
                            yellow.add(List.of(name, String.valueOf(row.getRowNum() + 1), header));
                        } else {
                            assertThat(cell.getCellComment()).isNull();
                        }
                    }
                }
            }
            Set<List<String>> expectedRed = new HashSet<>();
            rejected.forEach(c -> expectedRed.add(List.of(c.sheet(), String.valueOf(c.row()), c.column(),
                    c.reasonZh())));
            assertThat(red).isEqualTo(expectedRed);
            assertThat(yellow).containsExactly(List.of("道路硬化", "3", "长度(米)"));
            assertThat(text(feedback.getSheet("卫生改厕"), 2, 2)).isEqualTo(BAD_ID);
            assertThat(text(feedback.getSheet("卫生改厕"), 1, 2)).isEqualTo(GOOD_ID);
            assertThat(feedback.getSheet("封面")).isNotNull();
            // the copies print on A4 too, one page wide, their header row on every page
            Sheet toilets = feedback.getSheet("卫生改厕");
            assertThat(toilets.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(toilets.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(toilets.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
        }
        // and the rejected file's feedback says why in one sentence
        try (Workbook feedback = WorkbookFactory.create(folder.resolve("未识别-乱码.xlsx").toFile(), null, true)) {
            assertThat(text(feedback.getSheetAt(0), 0, 0)).contains("乱码.xlsx", "未被接收", "不是Excel工作簿");
        }
        // and the reports show the id masked only
        assertThat(Files.readString(work.resolve("out/rejected-rows-2020-12.csv"), StandardCharsets.UTF_8))
                .doesNotContain(BAD_ID).contains(IdNumbers.mask(BAD_ID));
    }

    @Test
    void shouldSendTheProblemListWhenTheCopyHoldsACellNoWorkbookTakes() throws Exception {
        // given a householder name of 40,000 characters (more than a cell holds; a crafted shared string),
        // and a file name longer than a feedback file's name may be
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path file;
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG);
            header(workbook, ToiletSheet.SHEET)
                    .row(1, "王小一", GOOD_ID, "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 1000)
                    .row(2, "长名字", idNumber(3), "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 1000);
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            file = inbox.resolve("王家庄村.xlsx");
            workbook.writeTo(file);
        }
        // varied characters: a run of one character would be refused as a zip bomb before anything is read
        java.util.Random random = new java.util.Random(7);
        StringBuilder longName = new StringBuilder();
        while (longName.length() < 40_000) {
            longName.appendCodePoint(0x4E00 + random.nextInt(0x5000));
        }
        cn.villagestats.workbook.xlsx.ZipParts.rewrite(file, "xl/sharedStrings.xml", xml -> xml.replace(">长名字<",
                ">" + longName + "<"));
        Files.writeString(inbox.resolve("乱".repeat(81) + ".xlsx"), "not a workbook at all");

        // when
        BatchStatus status = run(inbox, work.resolve("out"));

        // then the run completes, and both villages are told
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        Path folder = work.resolve("out/feedback/2020-12");
        try (Workbook feedback = WorkbookFactory.create(folder.resolve("370982104204-王家庄村.xlsx").toFile(), null,
                true)) {
            assertThat(text(feedback.getSheetAt(0), 0, 0)).startsWith("共读取2行，接收1行，拒收1行");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).anySatisfy(name ->
                    assertThat(name).startsWith("未识别-" + "乱".repeat(51) + "-").endsWith(".xlsx"));
        }
    }

    @Test
    void shouldMarkARepeatedIdNumberInASheetTheClerkNamedInEnglish() throws Exception {
        // given a toilets sheet named Toilets whose second household repeats the first's 身份证号
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG);
            header(workbook, ToiletSheet.SHEET, "Toilets")
                    .row(1, "王小一", GOOD_ID, "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 1000)
                    .row(2, "王小二", GOOD_ID, "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 1000);
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }

        // when
        run(inbox, work.resolve("out"));

        // then the repeat is red in the copy of the clerk's own sheet
        Path feedback = work.resolve("out/feedback/2020-12/370982104204-王家庄村.xlsx");
        try (Workbook workbook = WorkbookFactory.create(feedback.toFile(), null, true)) {
            Cell repeat = workbook.getSheet("Toilets").getRow(2).getCell(2);
            assertThat(repeat.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(repeat.getCellComment().getString().getString()).contains("重复");
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
