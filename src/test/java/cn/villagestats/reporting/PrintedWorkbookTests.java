package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints the county workbook as a county statistician would: LibreOffice headless converts it to
 * PDF (A4), and poppler's pdfinfo and pdftotext read the pages back. Skipped where those tools are
 * missing, except under CI=true, where {@code .ci/run} installs them.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:printed;DB_CLOSE_DELAY=-1")
class PrintedWorkbookTests {

    /** Enough villages for 分村明细 to run over several pages. */
    private static final int EXTRA_VILLAGES = 100;

    @Autowired
    CountyExport export;
    @Autowired
    TotalsAggregator aggregator;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @BeforeEach
    void aRegistryOf143VillagesOneOfWhichReported() {
        jdbc.update("DELETE FROM toilet_row");
        jdbc.update("DELETE FROM intake_return");
        jdbc.update("DELETE FROM village WHERE code LIKE '3709821049%'");
        for (int i = 0; i < EXTRA_VILLAGES; i++) {
            jdbc.update("INSERT INTO village (code, name, households, poor_households) VALUES (?, ?, 100, 10)",
                    String.valueOf(370982104900L + i), "新建" + (i + 1) + "村");
        }
        jdbc.update("INSERT INTO intake_return (id, period, file_name, sha256, file_size, file_modified_at, status, "
                + "village_code, village_name, rows_read, rows_accepted) VALUES (1, '2020-12', '泉里村.xlsx', "
                + "'ab', 1, ?, 'accepted', '370982104202', '泉里村', 1, 1)", Timestamp.from(Instant.now()));
        jdbc.update("INSERT INTO toilet_row (return_id, row_no, householder, id_number, toilet_type, poor_household, "
                + "completed_on, acceptance, subsidy_yuan) VALUES (1, 2, '张三', '370982198001011232', '其他', TRUE, "
                + "DATE '2020-05-03', '已验收', 1000.50)");
        aggregator.aggregate("2020-12", 1);
    }

    @Test
    void shouldPrintTheSummaryOnOnePageAndTheVillagesOnePageWideOnLandscapeA4() throws Exception {
        // given the workbook
        export.write("2020-12", work);

        // when LibreOffice prints it
        Path pdf = toPdf(work.resolve("370982104-汶城镇-township-totals-2020-12.xlsx"));

        // then the first page is the whole 汇总, from title to signatures, upright A4
        int pages = pageCount(pdf);
        assertThat(page(pdf, 1)).contains("汇总表", "指标名称", "在线摄像头数量", "接入镇平台村数", "负责人")
                .doesNotContain("分村明细表");
        assertThat(pageSize(pdf, 1)).isEqualTo("595 x 842");
        // and every further page is 分村明细 on landscape A4, title, headers and the last column on each
        assertThat(pages).isGreaterThanOrEqualTo(3);
        List<String> villagePages = new ArrayList<>();
        for (int p = 2; p <= pages; p++) {
            String text = page(pdf, p);
            villagePages.add(text);
            assertThat(text).as("page " + p).contains("分村明细表", "村代码", "报送情况", "卫生改厕", "雪亮工程");
            assertThat(pageSize(pdf, p)).as("page " + p).isEqualTo("842 x 595");
        }
        // the reported village's line holds all 16 indicators: no column went to a page of its own
        String all = String.join("\n", villagePages);
        Matcher reported = Pattern.compile("370982104202\\s+泉里村\\s+已报((\\s+[\\d,.]+)+)\\s*\\n").matcher(all);
        assertThat(reported.find()).as(all).isTrue();
        assertThat(reported.group(1).trim().split("\\s+")).containsExactly("1", "1", "1", "1", "1", "1,000.50", "0",
                "0.00", "0.00", "0", "0", "0.00", "0", "0", "0", "0");
        assertThat(all).contains("370982104201", "370982104999", "新建100村", "合计");
        assertThat(villagePages.get(villagePages.size() - 1)).contains("合计");
        assertThat(page(pdf, pages)).contains("第 " + pages + " 页");
    }

    private Path toPdf(Path workbook) throws IOException, InterruptedException {
        String soffice = tool("soffice");
        Path profile = work.resolve("lo-profile");
        run(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", work.toString(), workbook.toString());
        Path pdf = work.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).exists();
        return pdf;
    }

    private int pageCount(Path pdf) throws IOException, InterruptedException {
        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run(tool("pdfinfo"), pdf.toString()));
        assertThat(pages.find()).isTrue();
        return Integer.parseInt(pages.group(1));
    }

    /** A page's width x height in whole points, e.g. {@code 595 x 842} for upright A4. */
    private String pageSize(Path pdf, int page) throws IOException, InterruptedException {
        String info = run(tool("pdfinfo"), "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString());
        Matcher size = Pattern.compile("Page\\s+" + page + " size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
        assertThat(size.find()).as(info).isTrue();
        return Math.round(Double.parseDouble(size.group(1))) + " x " + Math.round(Double.parseDouble(size.group(2)));
    }

    private String page(Path pdf, int page) throws IOException, InterruptedException {
        return run(tool("pdftotext"), "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page),
                pdf.toString(), "-");
    }

    /** The tool's path; the test is skipped without it, or fails under CI=true, where it must be installed. */
    private static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(name + " is not installed; .ci/run installs libreoffice-calc-nogui, fonts-noto-cjk and poppler-utils");
        }
        Assumptions.abort(name + " is not installed");
        return name;
    }

    private String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("tool.out").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 5 minutes");
        }
        String output = Files.readString(work.resolve("tool.out"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
