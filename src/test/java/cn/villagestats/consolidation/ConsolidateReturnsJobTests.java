package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.reporting.ReturnOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

class ConsolidateReturnsJobTests extends JobTestSupport {

    @TempDir
    Path out;

    @Test
    void shouldReproduceTheSeedFiguresFromTheSampleReturns() throws Exception {
        // given the 43 sample returns shipped in input-samples/

        // when
        BatchStatus status = run(Path.of("input-samples"), out);

        // then the reporting table holds the township's seed figures
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> totals = township();
        assertSeedFigures(totals);
        // and so does the county's CSV export
        Map<String, String> exported = csvValues(out.resolve("township-totals-2020-12.csv"));
        assertSeedFigures(exported);
        assertThat(exported).isEqualTo(totals);
        // and every return was accepted with nothing lost
        List<ReturnOutcome> outcomes = reports.outcomes("2020-12");
        assertThat(outcomes).hasSize(43).allSatisfy(r -> {
            assertThat(r.status()).as(r.file()).isEqualTo("accepted");
            assertThat(r.rowsRead()).as(r.file()).isEqualTo(r.rowsAccepted() + r.rowsRejected());
            assertThat(r.rowsRead()).as(r.file()).isPositive();
        });
    }

    @Test
    void shouldWriteEveryExportFile() throws Exception {
        // given
        Path inbox = out.resolve("inbox");
        Path first = Inboxes.samples(out.resolve("generated"), 2020).get(0);
        Inboxes.copy(first, inbox, first.getFileName().toString(), java.time.Instant.parse("2021-01-02T08:00:00Z"));

        // when
        run(inbox, out.resolve("exports"));

        // then
        assertThat(out.resolve("exports")).isDirectoryContaining("glob:**/township-totals-2020-12.csv")
                .isDirectoryContaining("glob:**/370982104-汶城镇-township-totals-2020-12.xlsx")
                .isDirectoryContaining("glob:**/returns-2020-12.csv")
                .isDirectoryContaining("glob:**/rejected-rows-2020-12.csv");
        List<String> returns = Files.readAllLines(out.resolve("exports/returns-2020-12.csv"), StandardCharsets.UTF_8);
        assertThat(returns.get(0)).isEqualTo(
                "\uFEFFfile,village_code,village_name,status,rows_read,rows_accepted,rows_rejected,reason,warnings");
        assertThat(returns).hasSize(2);
        assertThat(returns.get(1)).startsWith(first.getFileName() + ",370982104201,镇里村,accepted,");
    }

    private static void assertSeedFigures(Map<String, String> totals) {
        assertThat(totals).containsEntry("returns.expected", "43")
                .containsEntry("returns.received", "43")
                .containsEntry("toilet.households", "4637")
                .containsEntry("toilet.poor_households", "701")
                .containsEntry("road.access_villages", "6")
                .containsEntry("road.access_households", "1219")
                .containsEntry("surveillance.connected_villages", "43")
                .hasSize(16);
        // within the contract's 143000 <= area < 144000, exactly: no row rounded, nothing recomputed
        assertThat(new BigDecimal(totals.get("road.area_m2"))).isEqualByComparingTo("143185.5");
    }

    static Map<String, String> csvValues(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFperiod,indicator,name,unit,value,villages");
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            values.put(cells[1], cells[4]);
        }
        return values;
    }
}
