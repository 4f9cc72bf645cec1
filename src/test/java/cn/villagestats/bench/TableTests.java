package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The benchmark's table: each line's JVM costs, and the bars computed from the same run. */
class TableTests {

    private static final String LEDGER = "ledger (1,000 rows)";

    @Test
    void shouldPrintWhatEachRunSpentInTheJitAndTheCollectorAndTheBarsOfTheRun() {
        // given a ledger job of 10 s (8 s of it the core steps) and two readers
        Table table = new Table();
        ChildJvm.Result job = new ChildJvm.Result(false, 10, 1000, 8000, 300L << 20, 100L << 20, 18, 8, 3.5, 0.75);
        table.add(LEDGER, "job", job);
        table.add(LEDGER, Table.CORE, job.core());
        table.add(LEDGER, Table.NAMES.get("ours"), reader(2));
        table.add(LEDGER, Table.NAMES.get("fastexcel"), reader(5));
        table.add(LEDGER, Table.NAMES.get("poi-event"), reader(20));

        // when
        String printed = print(table);

        // then the job's line shows its JIT and GC seconds; the core line has none of its own
        assertThat(printed).contains("| " + LEDGER + " | job | 10.00 | 18.00 | 3.50 | 0.75 | 1,000 | 100 | 300 | 100 | 1.00 |")
                .contains("| " + LEDGER + " | " + Table.CORE + " | 8.00 | - | - | - |");
        // and the bars use the core steps' 8 s: 8 / 5 and 20 / 8
        assertThat(printed).contains("÷ fastexcel reading = 1.60 (bar: at most 2.00) MET")
                .contains("POI event API reading ÷ our job (read+validate+stage+aggregate) = 2.50 (bar: at least 3.00) NOT MET");
    }

    @Test
    void shouldPrintEachBarOnPostgresqlFromItsOwnLines() {
        // given a ledger whose core steps took 8 s on H2 and 9 s on PostgreSQL, against readers of 5 s and 27 s
        Table table = new Table();
        table.add(LEDGER, "job", job(10));
        table.add(LEDGER, Table.CORE, job(10).core());
        table.add(LEDGER, "job, PostgreSQL", job(11));
        table.add(LEDGER, Table.CORE_POSTGRES, new ChildJvm.Result(false, 9, 1000, 8000, 0, 0, -1, -1, -1, -1));
        table.add(LEDGER, Table.NAMES.get("ours"), reader(2));
        table.add(LEDGER, Table.NAMES.get("fastexcel"), reader(5));
        table.add(LEDGER, Table.NAMES.get("poi-event"), reader(27));
        // and a county job of 10 s with 1 thread and 5 s with 2 on H2, 12 s and 8 s on PostgreSQL
        String county = "county (10 returns)";
        table.add(county, "job, 1 thread", job(10));
        table.add(county, "job, 2 threads", job(5));
        table.add(county, "job, 1 thread, PostgreSQL", job(12));
        table.add(county, "job, 2 threads, PostgreSQL", job(8));
        table.add(county, Table.NAMES.get("ours"), reader(1));

        // when
        String printed = print(table);

        // then H2's bars come from H2's lines, and PostgreSQL's from its own
        assertThat(printed)
                .contains("Bar, " + LEDGER + ": our job (read+validate+stage+aggregate) ÷ fastexcel reading = 1.60")
                .contains("Bar, " + LEDGER + " on PostgreSQL: our job (read+validate+stage+aggregate) ÷ fastexcel "
                        + "reading = 1.80 (bar: at most 2.00) MET")
                .contains("Bar, " + LEDGER + " on PostgreSQL: POI event API reading ÷ our job "
                        + "(read+validate+stage+aggregate) = 3.00 (bar: at least 3.00) MET")
                .contains("Bar, " + county + ": job 1 thread ÷ job all cores = 2.00 (bar: at least 1.70) MET")
                .contains("Bar, " + county + " on PostgreSQL: job 1 thread ÷ job all cores = 1.50 (bar: at least "
                        + "1.70) NOT MET");
        // and the ratios column still refers to the H2 job with all cores
        assertThat(printed).contains("| " + county + " | job, 1 thread, PostgreSQL | 12.00 | 12.00 | 1.00 | 1.00 "
                + "| 1,000 | 83 | 300 | 100 | 0.42 |");
    }

    private static ChildJvm.Result job(double seconds) {
        return new ChildJvm.Result(false, seconds, 1000, 8000, 300L << 20, 100L << 20, seconds, 0.8 * seconds, 1, 1);
    }

    private static ChildJvm.Result reader(double seconds) {
        return new ChildJvm.Result(false, seconds, 1000, 8000, 50L << 20, 10L << 20, seconds, -1, 0.5, 0.1);
    }

    private static String print(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.print(new PrintStream(out, true, StandardCharsets.UTF_8), 2);
        return out.toString(StandardCharsets.UTF_8);
    }
}
