package cn.villagestats.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The benchmark's table: one line per measurement, then each workload's ratios and the bars. */
final class Table {

    static final Map<String, String> NAMES = Map.of(
            "inflate", "floor: inflate zip entries",
            "fastexcel", "fastexcel-reader, read cells",
            "ours", "villagestats reader, read cells",
            "poi-event", "POI XSSFSheetXMLHandler, read cells",
            "poi-usermodel", "POI XSSFWorkbook, read cells");

    /** The ledger bars' job: read + validate + stage + aggregate, the export and feedback left out. */
    static final String CORE = "job: read + validate + stage + aggregate";
    /** The same steps of the job on PostgreSQL, the production database. */
    static final String CORE_POSTGRES = "job, PostgreSQL: read + validate + stage + aggregate";

    private record Line(String workload, String what, ChildJvm.Result result) {
    }

    private final List<Line> lines = new ArrayList<>();

    void add(String workload, String what, ChildJvm.Result result) {
        lines.add(new Line(workload, what, result));
    }

    void print(PrintStream out, int cores) {
        out.println();
        out.printf("Machine: %d cores. Each line is its own JVM with the same -Xmx. CPU: all threads. JIT: time in "
                + "the JIT compilers, summed over their threads. GC: time collecting.%n%n", cores);
        out.println("| workload | what | wall (s) | CPU (s) | JIT (s) | GC (s) | rows | rows/s | peak heap used (MB) "
                + "| peak heap live after GC (MB) | our job's time ÷ this |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Line line : lines) {
            ChildJvm.Result r = line.result();
            Line job = reference(line.workload());
            long rows = rowsOf(line.workload());
            if (r.outOfMemory()) {
                out.printf("| %s | %s | out of memory | | | | | | %s | %s | |%n", line.workload(), line.what(),
                        mb(r.peakUsed()), mb(r.peakLive()));
                continue;
            }
            out.printf("| %s | %s | %.2f | %s | %s | %s | %s | %,.0f | %s | %s | %.2f |%n", line.workload(),
                    line.what(), r.seconds(), seconds(r.cpuSeconds()), seconds(r.jitSeconds()), seconds(r.gcSeconds()),
                    r.rows() < 0 ? "(" + String.format("%,d", r.cells() / 1024 / 1024) + " MB inflated)"
                            : String.format("%,d", r.rows()),
                    rows / r.seconds(), mb(r.peakUsed()), mb(r.peakLive()), job.result().seconds() / r.seconds());
        }
        out.println();
        bars(out);
    }

    /** The job that ratios refer to: the one using all cores on H2 (the last H2 job line) of the workload. */
    private Line reference(String workload) {
        return lines.stream().filter(l -> l.workload().equals(workload) && l.what().startsWith("job")
                        && !l.what().contains("PostgreSQL") && !l.what().equals(CORE))
                .reduce((a, b) -> b).orElseThrow();
    }

    /** Rows of the workload as our reader counted them, so every line's rows/s is over the same rows. */
    private long rowsOf(String workload) {
        return lines.stream().filter(l -> l.workload().equals(workload) && l.what().equals(NAMES.get("ours")))
                .mapToLong(l -> l.result().rows()).findFirst().orElse(0);
    }

    /** Each bar on H2, then on PostgreSQL when the run has its lines. */
    private void bars(PrintStream out) {
        for (String workload : lines.stream().map(Line::workload).distinct().toList()) {
            double job = reference(workload).result().seconds();
            if (workload.startsWith("ledger")) {
                ledgerBars(out, workload, "", find(workload, CORE).map(ChildJvm.Result::seconds).orElse(job));
                find(workload, CORE_POSTGRES).ifPresent(core -> ledgerBars(out, workload, " on PostgreSQL",
                        core.seconds()));
            } else {
                find(workload, "job, 1 thread").ifPresent(one -> countyBar(out, workload, "", one.seconds() / job));
                find(workload, "job, 1 thread, PostgreSQL").ifPresent(one -> lines.stream()
                        .filter(l -> l.workload().equals(workload) && l.what().endsWith(" threads, PostgreSQL"))
                        .findFirst().ifPresent(all -> countyBar(out, workload, " on PostgreSQL",
                                one.seconds() / all.result().seconds())));
            }
        }
    }

    private void ledgerBars(PrintStream out, String workload, String database, double core) {
        find(workload, NAMES.get("fastexcel")).ifPresent(f -> out.printf("Bar, %s%s: our job "
                + "(read+validate+stage+aggregate) ÷ fastexcel reading = %.2f (bar: at most 2.00) %s%n", workload,
                database, core / f.seconds(), core / f.seconds() <= 2 ? "MET" : "NOT MET"));
        find(workload, NAMES.get("poi-event")).ifPresent(e -> out.printf("Bar, %s%s: POI event API reading ÷ our "
                + "job (read+validate+stage+aggregate) = %.2f (bar: at least 3.00) %s%n", workload, database,
                e.seconds() / core, e.seconds() / core >= 3 ? "MET" : "NOT MET"));
    }

    private static void countyBar(PrintStream out, String workload, String database, double ratio) {
        out.printf("Bar, %s%s: job 1 thread ÷ job all cores = %.2f (bar: at least 1.70) %s%n", workload, database,
                ratio, ratio >= 1.7 ? "MET" : "NOT MET");
    }

    private java.util.Optional<ChildJvm.Result> find(String workload, String what) {
        return lines.stream().filter(l -> l.workload().equals(workload) && l.what().equals(what))
                .map(Line::result).filter(r -> !r.outOfMemory()).findFirst();
    }

    private static String seconds(double seconds) {
        return seconds < 0 ? "-" : String.format("%.2f", seconds);
    }

    private static String mb(long bytes) {
        return String.format("%,d", bytes / 1024 / 1024);
    }
}
