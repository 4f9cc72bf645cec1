package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.villagestats.registry.Village;
import cn.villagestats.reporting.ReturnOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * Each hostile or broken file, dropped into an inbox beside three good returns: the run
 * completes, the file is rejected with a reason naming its problem, the others count.
 * The suite runs under the heap cap in the pom, so the big files also prove memory stays bounded.
 */
@TestPropertySource(properties = "villagestats.intake.max-rows-per-sheet=20000") // a township's own guard
class HostileFilesJobTests extends JobTestSupport {

    private static final Instant MORNING = Instant.parse("2021-01-03T01:00:00Z");
    private static final int GOOD_RETURNS = 3;

    @TempDir
    static Path samples;
    private static List<Path> good;

    @TempDir
    Path work;
    private Path inbox;
    private Path valid;

    @BeforeAll
    static void generateSamples() {
        good = Inboxes.samples(samples, 2020).subList(0, GOOD_RETURNS);
    }

    @BeforeEach
    void inboxWithGoodReturns() throws IOException {
        inbox = work.resolve("inbox");
        for (Path sample : good) {
            Inboxes.copy(sample, inbox, sample.getFileName().toString(), MORNING);
        }
        Village tenth = Inboxes.registry().get(10);
        valid = HostileFiles.minimalReturn(tenth, work.resolve("valid.xlsx"));
    }

    @Test
    void shouldRejectAnEmptyFile() throws Exception {
        Files.createFile(inbox.resolve("空白.xlsx"));

        assertRejectedAndOthersCounted("空白.xlsx", "文件是空的", "empty");
    }

    @Test
    void shouldRejectRandomBytesNamedXlsx() throws Exception {
        HostileFiles.randomBytes(inbox.resolve("乱码.xlsx"), 8192);

        assertRejectedAndOthersCounted("乱码.xlsx", "不是Excel工作簿", "not an Excel workbook");
    }

    @Test
    void shouldRejectACsvRenamedXls() throws Exception {
        Files.write(inbox.resolve("导出.xls"), "村代码,村名,户主姓名\r\n370982104201,镇里村,张三\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertRejectedAndOthersCounted("导出.xls", "CSV", "CSV");
    }

    @Test
    void shouldRejectAnHtmlTableRenamedXls() throws Exception {
        Files.writeString(inbox.resolve("网页导出.xls"), "<html><head><meta charset=\"utf-8\"></head><body><table>"
                + "<tr><td>村代码</td><td>370982104201</td></tr></table></body></html>");

        assertRejectedAndOthersCounted("网页导出.xls", "网页", "HTML");
    }

    @Test
    void shouldRejectATruncatedWorkbook() throws Exception {
        HostileFiles.truncated(good.get(0), inbox.resolve("没传完.xlsx"));

        assertRejectedAndOthersCounted("没传完.xlsx", "不完整", "truncated");
    }

    @Test
    void shouldRejectAPasswordProtectedWorkbook() throws Exception {
        HostileFiles.passwordProtected(valid, inbox.resolve("加密.xlsx"));

        assertRejectedAndOthersCounted("加密.xlsx", "密码", "password");
    }

    @Test
    void shouldRejectAZipBombWithoutInflatingIt() throws Exception {
        // given a file of well under a megabyte whose cover sheet inflates to 300 MB
        Path bomb = HostileFiles.replacingPart(valid, inbox.resolve("炸弹.xlsx"), HostileFiles.COVER_PART,
                HostileFiles.zipBombSheet(300));
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        assertRejectedAndOthersCounted("炸弹.xlsx", "压缩炸弹", "zip bomb");
    }

    @Test
    void shouldRejectASheetWithAnExternalEntityWithoutResolvingIt() throws Exception {
        // given a cover sheet whose cell would pull in a local file through an external entity
        Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET-370982");
        HostileFiles.replacingPart(valid, inbox.resolve("实体.xlsx"), HostileFiles.COVER_PART,
                HostileFiles.externalEntitySheet(secret));

        ReturnOutcome outcome = assertRejectedAndOthersCounted("实体.xlsx", "外部实体", "external entity");
        assertThat(outcome.reason()).doesNotContain("TOP-SECRET");
    }

    @Test
    void shouldRejectSharedStringsWithAnExternalEntityWithoutResolvingIt() throws Exception {
        // given
        Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET-370982");
        HostileFiles.replacingPart(valid, inbox.resolve("实体字符串.xlsx"), "xl/sharedStrings.xml",
                HostileFiles.externalEntitySharedStrings(secret));

        ReturnOutcome outcome = assertRejectedAndOthersCounted("实体字符串.xlsx", "外部实体", "external entity");
        assertThat(outcome.reason()).doesNotContain("TOP-SECRET");
    }

    @Test
    void shouldRejectASheetOfAMillionRowsAtTheRowLimitWithoutHoldingIt() throws Exception {
        HostileFiles.replacingPart(valid, inbox.resolve("百万行.xlsx"), HostileFiles.TOILETS_PART,
                HostileFiles.manyRowsSheet(1_000_000));

        assertRejectedAndOthersCounted("百万行.xlsx", "超过20000行", "too many rows");
    }

    @Test
    void shouldRejectAHugeSharedStringsTableBeforeParsingIt() throws Exception {
        HostileFiles.replacingPart(valid, inbox.resolve("大字符串表.xlsx"), "xl/sharedStrings.xml",
                HostileFiles.hugeSharedStrings(300));

        assertRejectedAndOthersCounted("大字符串表.xlsx", "共享字符串表", "shared strings table too large");
    }

    @Test
    void shouldNameTheWorkbooksInsideAZipWithGbkEntryNames() throws Exception {
        HostileFiles.gbkZipOf(valid, "泉里村报表.xlsx", inbox.resolve("报表.zip"));

        ReturnOutcome outcome = assertRejectedAndOthersCounted("报表.zip", "压缩包", "zip archive");
        assertThat(outcome.reasonZh()).contains("泉里村报表.xlsx");
    }

    @Test
    void shouldIgnoreLockFilesHiddenFilesAndSubfolders() throws Exception {
        // given Excel's lock file, a hidden file and a subfolder of old versions beside the good returns
        Files.write(inbox.resolve("~$镇里村.xlsx"), new byte[] {1, 2, 3});
        Files.write(inbox.resolve(".~lock.镇里村.xlsx#"), new byte[] {4});
        Files.copy(valid, inbox.resolve(".隐藏.xlsx"));
        Files.createDirectories(inbox.resolve("旧版本"));
        Files.copy(valid, inbox.resolve("旧版本").resolve("旧.xlsx"));

        // when
        BatchStatus status = run(inbox, work.resolve("out"));

        // then none of them is a return, and the good ones count
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomesByFile()).hasSize(GOOD_RETURNS).allSatisfy((file, r) -> assertThat(r.status())
                .isEqualTo("accepted"));
        assertThat(township()).containsEntry("returns.received", String.valueOf(GOOD_RETURNS));
    }

    private ReturnOutcome assertRejectedAndOthersCounted(String file, String reasonZh, String reasonEn)
            throws Exception {
        // when
        BatchStatus status = run(inbox, work.resolve("out"));

        // then
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        Map<String, ReturnOutcome> outcomes = outcomesByFile();
        assertThat(outcomes).hasSize(GOOD_RETURNS + 1);
        ReturnOutcome outcome = outcomes.get(file);
        assertThat(outcome.status()).isEqualTo("rejected");
        assertThat(outcome.reasonZh()).contains(reasonZh);
        assertThat(outcome.reasonEn()).contains(reasonEn);
        assertThat(township()).containsEntry("returns.received", String.valueOf(GOOD_RETURNS));
        assertThat(Files.readString(work.resolve("out").resolve("returns-2020-12.csv"))).contains(file);
        return outcome;
    }
}
