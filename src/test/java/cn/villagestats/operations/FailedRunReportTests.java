package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;

import cn.villagestats.registry.VillageRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A failed run's report says what is true: no totals, no missing villages and no exports it never made. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:failed-report;DB_CLOSE_DELAY=-1")
class FailedRunReportTests {

    @Autowired
    ConsolidationRunner runner;
    @MockitoSpyBean
    VillageRegistry registry;

    @TempDir
    Path work;

    @Test
    void shouldReportALoadThatNeverFinishedWithoutMissingVillagesTotalsOrExports() throws Exception {
        // given two returns, and a database that drops every connection that checks a cover against the registry
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (Stream<Path> samples = Files.list(Path.of("input-samples")).sorted().limit(2)) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, inbox.resolve(sample.getFileName()));
            }
        }
        doThrow(new DataAccessResourceFailureException("connection reset")).when(registry).find(anyString());

        // when
        RunReport report = runner.run(YearMonth.of(2020, 12), inbox, work.resolve("out"));
        String printed = print(report);

        // then
        assertThat(report.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(report.aggregated()).isFalse();
        assertThat(report.exported()).isFalse();
        assertThat(report.missingVillages()).isEmpty();
        assertThat(report.failures()).containsExactly(
                "数据库无法连接或连接中断：connection reset / the database could not be reached or the connection was lost: connection reset");
        assertThat(printed).doesNotContain("未报村").doesNotContain("Exports in").doesNotContain("Exception")
                .contains("no totals: the run stopped before aggregating; the previous totals stand")
                .contains("失败原因 / FAILED: 数据库无法连接或连接中断：connection reset")
                .contains("nothing exported: the previous exports in " + work.resolve("out").toAbsolutePath() + " stand");
    }

    @Test
    void shouldReportAnExportThatFailedInWords() throws Exception {
        // given a file where the export folder should be
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(Path.of("input-samples/370982104202泉里村报表.xlsx"), inbox.resolve("370982104202泉里村报表.xlsx"));
        Files.writeString(work.resolve("out"), "in the way");

        // when
        RunReport report = runner.run(YearMonth.of(2020, 12), inbox, work.resolve("out"));
        String printed = print(report);

        // then the totals were computed, nothing was exported
        assertThat(report.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(report.aggregated()).isTrue();
        assertThat(report.missingVillages()).hasSize(42);
        assertThat(printed).contains("未报村 (villages missing): 42").containsPattern("toilet\\.households\\s+卫生改厕户数")
                .contains("失败原因 / FAILED: 应是文件夹的地方有一个文件：")
                .doesNotContain("Exports in").doesNotContain("Exception");
    }

    private static String print(RunReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RunReportPrinter(new PrintStream(out, true, StandardCharsets.UTF_8)).print(report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
