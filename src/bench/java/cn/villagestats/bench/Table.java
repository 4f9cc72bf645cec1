package cn.villagestats.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's table: one line per measurement (its median run), each process timed from
 * start to exit with where the time went beside it; then the targets, as ratios of the same run.
 */
final class Table {

    static final String TOWNSHIP = "township (43 samples)";
    static final String FIRST_NIGHT = "night, empty database";
    static final String WARM_NIGHT = "night, warm database";
    static final String STATUS = "status";
    static final String JOB = "night";
    static final Map<String, String> BASELINES = Map.of(
            "none", "JVM start and exit, nothing read",
            "plain-poi", "plain program, POI WorkbookFactory",
            "plain-fastexcel", "plain program, fastexcel-reader",
            "fastexcel", "fastexcel-reader, read cells",
            "poi-event", "POI event API, read cells",
            "ours", "villagestats reader alone, read cells");

    private static final String SEPARATOR = " | ";

    private final Repeats repeats;

    Table(Repeats repeats) {
        this.repeats = repeats;
    }

    static String county(int returns) {
        return String.format("county (%,d returns)", returns);
    }

    static String ledger(int rows) {
        return String.format("ledger (%,d rows)", rows);
    }

    /** A line's name: workload, what, database and JVM options, as the table shows them. */
    static String key(String workload, String what, String database, String jvm) {
        return String.join(SEPARATOR, workload, what, database, jvm);
    }

    void print(PrintStream out) {
        out.println();
        out.println("| workload | what | database | JVM options | wall, start to exit (s) | before the job or reading (s) "
                + "| load step or reading (s) | reading staged rows back (s) | rest of the job (s) | after, to exit (s) "
                + "| peak RSS (MB) |");
        out.println("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String name : repeats.names()) {
            Run run = repeats.median(name);
            Run.Breakdown b = run.breakdown();
            out.printf("| %s | %s | %s | %s | %s | %s | %s | %,d |%n", name,
                    run.outOfMemory() ? "out of memory" : seconds(run.seconds()), seconds(b.startUp()),
                    seconds(b.load()), seconds(b.readBack()), seconds(b.restOfJob()), seconds(b.exit()),
                    run.peakRssMb());
        }
        out.println();
        out.println("| target | line | measured | verdict |");
        out.println("|---|---|---:|---|");
        targets(out);
    }

    private void targets(PrintStream out) {
        for (String name : repeats.names()) {
            String[] f = name.split(" \\| ");
            String workload = f[0];
            String what = f[1];
            Run run = repeats.median(name);
            String line = what + ", " + f[2] + ", " + f[3];
            if (workload.equals(TOWNSHIP) && (what.equals(FIRST_NIGHT) || what.equals(WARM_NIGHT))) {
                baseline(workload, "plain-poi").ifPresent(poi -> ratio(out, "township night ≤ 2 × plain POI program",
                        line, run.seconds() / poi.seconds(), 2));
            } else if (workload.equals(TOWNSHIP) && what.equals(STATUS)) {
                out.printf("| status < 1.5 s | %s | %.2f s | %s |%n", line, run.seconds(),
                        run.seconds() < 1.5 ? "met" : "not met");
            } else if (workload.startsWith("ledger") && what.equals(JOB)) {
                baseline(workload, "fastexcel").ifPresent(f2 -> ratio(out, "ledger ≤ 2.5 × fastexcel-reader",
                        line, run.seconds() / f2.seconds(), 2.5));
                baseline(workload, "poi-event").ifPresent(e -> ratio(out, "ledger ≤ 1 × POI event API", line,
                        run.seconds() / e.seconds(), 1));
            } else if (workload.startsWith("county") && what.equals(JOB)) {
                baseline(workload, "plain-poi").ifPresent(poi -> ratio(out, "(county, no target) ÷ plain POI program",
                        line, run.seconds() / poi.seconds(), Double.NaN));
            }
        }
    }

    private static void ratio(PrintStream out, String target, String line, double ratio, double bound) {
        out.printf("| %s | %s | %.2f × | %s |%n", target, line, ratio,
                Double.isNaN(bound) ? "-" : ratio <= bound ? "met" : "not met");
    }

    private Optional<Run> baseline(String workload, String what) {
        String name = key(workload, BASELINES.get(what), "-", JvmSetup.DEFAULTS);
        return repeats.has(name) ? Optional.of(repeats.median(name)).filter(r -> !r.outOfMemory()) : Optional.empty();
    }

    private static String seconds(double seconds) {
        return seconds < 0 ? "-" : String.format("%.2f", seconds);
    }
}
