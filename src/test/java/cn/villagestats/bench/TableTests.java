package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The benchmark's table: each process's wall time with where it went, and the targets as ratios of the same run. */
class TableTests {

    @Test
    void shouldPrintEachLinesMedianWithItsBreakdownAndJudgeTheTargetsByWallTime() {
        // given a township night of 7 s (3 s of it before the job) against a plain POI program of 4 s,
        // a status of 1.4 s, and a ledger of 20 s against fastexcel-reader's 7 s and the event API's 21 s
        Repeats repeats = new Repeats();
        String ledger = Table.ledger(1_000);
        repeats.add(Table.key(Table.TOWNSHIP, Table.FIRST_NIGHT, "H2", JvmSetup.SHIPPED),
                new Run(false, 7, new Run.Breakdown(3, 2.5, 0.5, 0.75, 0.25), 300));
        repeats.add(Table.key(Table.TOWNSHIP, Table.STATUS, "H2", JvmSetup.SHIPPED_CDS),
                new Run(false, 1.4, Run.Breakdown.NONE, 150));
        repeats.add(Table.key(Table.TOWNSHIP, Table.BASELINES.get("plain-poi"), "-", JvmSetup.DEFAULTS),
                new Run(false, 4, Run.Breakdown.reading(0.5, 3.25, 0.25), 250));
        repeats.add(Table.key(ledger, Table.JOB, "PostgreSQL", JvmSetup.DEFAULTS), reading(20));
        repeats.add(Table.key(ledger, Table.BASELINES.get("fastexcel"), "-", JvmSetup.DEFAULTS), reading(7));
        repeats.add(Table.key(ledger, Table.BASELINES.get("poi-event"), "-", JvmSetup.DEFAULTS), reading(21));

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Table(repeats).print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);

        // then every line shows its wall time and where it went
        assertThat(printed)
                .contains("| township (43 samples) | night, empty database | H2 | JAVA_OPTS | 7.00 | 3.00 | 2.50 | 0.50 "
                        + "| 0.75 | 0.25 | 300 |")
                .contains("| township (43 samples) | plain program, POI WorkbookFactory | - | defaults | 4.00 | 0.50 | 3.25 "
                        + "| - | - | 0.25 | 250 |");
        // and the targets are ratios of wall times: 7 / 4, 20 / 7 and 20 / 21
        assertThat(printed)
                .contains("| township night ≤ 2 × plain POI program | night, empty database, H2, JAVA_OPTS | 1.75 × | met |")
                .contains("| status < 1.5 s | status, H2, JAVA_OPTS + CDS | 1.40 s | met |")
                .contains("| ledger ≤ 2.5 × fastexcel-reader | night, PostgreSQL, defaults | 2.86 × | not met |")
                .contains("| ledger ≤ 1 × POI event API | night, PostgreSQL, defaults | 0.95 × | met |");
    }

    private static Run reading(double seconds) {
        return new Run(false, seconds, Run.Breakdown.reading(0.25, seconds - 0.5, 0.25), 400);
    }
}
