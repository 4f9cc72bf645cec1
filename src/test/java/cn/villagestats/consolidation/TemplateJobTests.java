package cn.villagestats.consolidation;

import static cn.villagestats.consolidation.TestReturns.WANGJIAZHUANG;
import static cn.villagestats.consolidation.TestReturns.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.reporting.RejectedCell;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.template.ReturnTemplate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/** A template filled in as the clerk would: right values load clean, each wrong value costs its row alone. */
class TemplateJobTests extends JobTestSupport {

    private static final LocalDate JUNE = LocalDate.of(2020, 6, 1);

    @TempDir
    Path work;

    @Test
    void shouldLoadACorrectlyFilledTemplateWithoutRejectionsOrWarnings() throws Exception {
        // given
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        fill(ReturnTemplate.write(WANGJIAZHUANG, YearMonth.of(2020, 12), work, StandardProgrammes.PROGRAMMES), inbox.resolve("王家庄村.xlsx"),
                List.of(
                        List.of(1, "王小一", idNumber(1), "一组", "三格化粪池式", "是", JUNE, "已验收", 1000),
                        List.of(2, "王小二", idNumber(2), "二组", "完整下水道水冲式", "否", JUNE, "未验收", 800)),
                List.of(List.of(1, "村东路", 100, 4, 400, "水泥", "是", 35, JUNE, 12.5),
                        List.of(2, "村西路", 250.5, 3.5, 876.75, "沥青", "否", "", JUNE, "")),
                List.of(List.of(1, "村口东", "村口", 4, 4, "是", JUNE),
                        List.of(2, "小学门口", "学校", 2, 1, "否", "")));

        // when
        BatchStatus status = run(inbox, work.resolve("out"));

        // then
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        ReturnOutcome outcome = outcomesByFile().get("王家庄村.xlsx");
        assertThat(outcome.status()).isEqualTo("accepted");
        assertThat(outcome.rowsRead()).isEqualTo(6);
        assertThat(outcome.rowsAccepted()).isEqualTo(6);
        assertThat(reports.rejectedCells("2020-12")).isEmpty();
        assertThat(reports.warnings("2020-12")).isEmpty();
        assertThat(work.resolve("out/feedback/2020-12")).doesNotExist();
    }

    @Test
    void shouldRejectEachRowWithOneBadValueForThatColumnAlone() throws Exception {
        // given one row per column that can be wrong, each wrong in that column only
        String badId = idNumber(3).substring(0, 17) + (idNumber(3).endsWith("0") ? "1" : "0");
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        fill(ReturnTemplate.write(WANGJIAZHUANG, YearMonth.of(2020, 12), work, StandardProgrammes.PROGRAMMES), inbox.resolve("王家庄村.xlsx"),
                List.of(
                        List.of("第一", "王小一", idNumber(1), "一组", "三格化粪池式", "否", JUNE, "已验收", 1000),
                        List.of(2, "王", idNumber(2), "一组", "三格化粪池式", "否", JUNE, "已验收", 1000),
                        List.of(3, "王小三", badId, "一组", "三格化粪池式", "否", JUNE, "已验收", 1000),
                        List.of(4, "王小四", idNumber(4), "一组", "水冲", "否", JUNE, "已验收", 1000),
                        List.of(5, "王小五", idNumber(5), "一组", "三格化粪池式", "也许", JUNE, "已验收", 1000),
                        List.of(6, "王小六", idNumber(6), "一组", "三格化粪池式", "否", LocalDate.of(2021, 1, 5), "已验收", 1000),
                        List.of(7, "王小七", idNumber(7), "一组", "三格化粪池式", "否", JUNE, "验收中", 1000),
                        List.of(8, "王小八", idNumber(8), "一组", "三格化粪池式", "否", JUNE, "已验收", 6000)),
                List.of(
                        List.of("x", "路一", 100, 4, 400, "水泥", "否", "", JUNE, ""),
                        List.of(2, "", 100, 4, 400, "水泥", "否", "", JUNE, ""),
                        List.of(3, "路三", 30000, 4, 120000, "水泥", "否", "", JUNE, ""),
                        List.of(4, "路四", 100, 1, 100, "水泥", "否", "", JUNE, ""),
                        List.of(5, "路五", 100, 4, 999, "水泥", "否", "", JUNE, ""),
                        List.of(6, "路六", 100, 4, 400, "土路", "否", "", JUNE, ""),
                        List.of(7, "路七", 100, 4, 400, "水泥", "也许", "", JUNE, ""),
                        List.of(8, "路八", 100, 4, 400, "水泥", "是", 3000, JUNE, ""),
                        List.of(9, "路九", 100, 4, 400, "水泥", "否", "", LocalDate.of(2019, 5, 1), ""),
                        List.of(10, "路十", 100, 4, 400, "水泥", "否", "", JUNE, -5)),
                List.of(
                        List.of("y", "点一", "村口", 4, 4, "是", JUNE),
                        List.of(2, "", "村口", 4, 4, "是", JUNE),
                        List.of(3, "点三", "公园", 4, 4, "是", JUNE),
                        List.of(4, "点四", "村口", 100, 4, "是", JUNE),
                        List.of(5, "点五", "村口", 4, 5, "是", JUNE),
                        List.of(6, "点六", "村口", 4, 4, "也许", JUNE),
                        List.of(7, "点七", "村口", 4, 4, "是", "去年")));

        // when
        run(inbox, work.resolve("out"));

        // then every row is rejected for exactly the column it got wrong
        List<RejectedCell> rejected = reports.rejectedCells("2020-12");
        Map<String, List<RejectedCell>> byRow = rejected.stream()
                .collect(Collectors.groupingBy(c -> c.sheet() + c.row()));
        assertThat(byRow).hasSize(25).allSatisfy((row, cells) -> assertThat(cells).hasSize(1));
        assertThat(rejected).extracting(c -> c.sheet() + c.row() + ":" + c.column()).containsExactlyInAnyOrder(
                "卫生改厕2:序号", "卫生改厕3:户主姓名", "卫生改厕4:身份证号", "卫生改厕5:改厕类型", "卫生改厕6:是否贫困户",
                "卫生改厕7:完工日期", "卫生改厕8:验收情况", "卫生改厕9:补助金额(元)",
                "道路硬化2:序号", "道路硬化3:道路名称", "道路硬化4:长度(米)", "道路硬化5:宽度(米)", "道路硬化6:面积(平方米)",
                "道路硬化7:路面类型", "道路硬化8:是否户户通", "道路硬化9:受益户数", "道路硬化10:完工日期",
                "道路硬化11:投资(万元)",
                "雪亮工程2:序号", "雪亮工程3:点位名称", "雪亮工程4:点位类型", "雪亮工程5:摄像头数量", "雪亮工程6:在线数量",
                "雪亮工程7:是否接入镇平台", "雪亮工程8:建成日期");
        assertThat(outcomesByFile().get("王家庄村.xlsx").rowsAccepted()).isZero();
        // and each reason names the column and what is wrong with it
        Map<String, String> reasons = rejected.stream()
                .collect(Collectors.toMap(c -> c.sheet() + c.row(), RejectedCell::reasonZh));
        assertThat(reasons).allSatisfy((row, reason) -> assertThat(reason).isNotBlank());
        assertThat(rejected).allSatisfy(c -> assertThat(c.reasonZh()).contains(c.column()));
        assertThat(reasons).containsEntry("卫生改厕3", "户主姓名应为2到20个字，填的是1个字")
                .containsEntry("卫生改厕4", "身份证号：校验位不对，号码有误，请核对")
                .containsEntry("卫生改厕7", "完工日期(2021-01-05)不在2020年内，只填本年度完工的")
                .containsEntry("卫生改厕9", "补助金额(元)应在0到5000之间，填的是6000")
                .containsEntry("道路硬化3", "道路名称：必填项为空")
                .containsEntry("道路硬化6", "面积(平方米)(999)与长度×宽度(100×4=400)相差超过5%")
                .containsEntry("道路硬化9", "受益户数应在0到2000之间，填的是3000")
                .containsEntry("雪亮工程6", "在线数量(5)大于摄像头数量(4)")
                .containsEntry("雪亮工程8", "建成日期：“去年”不是日期，应填写日期，如 2020-05-03");
        assertThat(reasons.get("卫生改厕5")).contains("“水冲”不是可选的值");
        assertThat(reasons.get("卫生改厕6")).contains("“也许”不是“是”或“否”");
        assertThat(reasons.get("道路硬化2")).contains("“x”不是数字");
    }

    /** Fills the template's sheets from row 2, each cell in its column's own format, as Excel would. */
    private static void fill(Path template, Path target, List<List<?>> toilets, List<List<?>> roads,
                             List<List<?>> points) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            fillSheet(workbook.getSheet("卫生改厕"), toilets);
            fillSheet(workbook.getSheet("道路硬化"), roads);
            fillSheet(workbook.getSheet("雪亮工程"), points);
            workbook.getSheet("封面").getRow(3).createCell(1).setCellValue("张会计");
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    private static void fillSheet(Sheet sheet, List<List<?>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof String text && text.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                cell.setCellStyle(sheet.getColumnStyle(c));
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                } else {
                    cell.setCellValue((String) value);
                }
            }
        }
    }
}
