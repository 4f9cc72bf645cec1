package cn.villagestats.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The benchmark: generates the county and ledger workloads, measures our whole job and the
 * usual readers on the same files, each in a JVM of its own with the same heap, and prints
 * one table. Options: {@code --ledger-rows N} (1,000,000), {@code --county-returns N}
 * (1,000), {@code --only county|ledger}, {@code --heap 512m}, {@code --work DIR},
 * {@code --generate-only true}, {@code --jvm "<options for every measured JVM>"} (by default the
 * nightly run's {@code JAVA_OPTS} from {@code jobs/nightly.env}, without its heap),
 * {@code --repeat N} (3: how many times the bars' lines run, interleaved; the table takes medians).
 */
public final class Bench {

    private static final List<String> READERS = List.of("inflate", "fastexcel", "ours", "poi-event", "poi-usermodel");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int ledgerRows = Integer.parseInt(options.getOrDefault("ledger-rows", "1000000"));
        int countyReturns = Integer.parseInt(options.getOrDefault("county-returns", "1000"));
        String only = options.getOrDefault("only", "all");
        int repeat = Integer.parseInt(options.getOrDefault("repeat", "3"));
        Repeats repeats = new Repeats();
        Path work = Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath();
        boolean generateOnly = Boolean.parseBoolean(options.getOrDefault("generate-only", "false"));
        List<String> jvmOptions = options.containsKey("jvm")
                ? Arrays.stream(options.get("jvm").strip().split("\\s+")).filter(o -> !o.isEmpty()).toList()
                : NightlyJvmOptions.of(Path.of("jobs", "nightly.env"));
        ChildJvm jvm = new ChildJvm(options.getOrDefault("heap", "512m"), jvmOptions, work.resolve("logs"));
        int cores = Runtime.getRuntime().availableProcessors();
        Table table = new Table();
        System.out.printf("villagestats benchmark: %d cores, heap %s per run, JVM options [%s], %s %s%n", cores,
                options.getOrDefault("heap", "512m"), String.join(" ", jvmOptions), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        if (generateOnly) {
            if (!only.equals("ledger")) {
                BenchInputs.county(work.resolve("county-" + countyReturns), countyReturns);
            }
            if (!only.equals("county")) {
                BenchInputs.ledger(work.resolve("ledger-" + ledgerRows), ledgerRows);
            }
            return;
        }
        if (!only.equals("ledger")) {
            Path dir = work.resolve("county-" + countyReturns);
            System.out.printf("generating county: %d returns in %s%n", countyReturns, dir);
            Path inbox = BenchInputs.county(dir, countyReturns);
            List<String> seeds = List.of("villagestats.seeds=" + dir.resolve("seeds"));
            String workload = "county (" + countyReturns + " returns)";
            for (int i = 1; i <= repeat; i++) {
                int run = i;
                repeats.add("county job, 1 thread", job(jvm, "county-job-1-" + i, inbox, dir, seeds, 1));
                repeats.add("county job, all cores", job(jvm, "county-job-n-" + i, inbox, dir, seeds, cores));
                PostgresRuns.run(db -> job(jvm, "county-job-pg-1-" + run, inbox, dir, db, 1), seeds)
                        .ifPresent(r -> repeats.add("county job, 1 thread, PostgreSQL", r));
                PostgresRuns.run(db -> job(jvm, "county-job-pg-n-" + run, inbox, dir, db, cores), seeds)
                        .ifPresent(r -> repeats.add("county job, all cores, PostgreSQL", r));
            }
            table.add(workload, "job, 1 thread", repeats.median("county job, 1 thread"));
            table.add(workload, "job, " + cores + " threads", repeats.median("county job, all cores"));
            if (repeats.has("county job, 1 thread, PostgreSQL") && repeats.has("county job, all cores, PostgreSQL")) {
                table.add(workload, "job, 1 thread, PostgreSQL", repeats.median("county job, 1 thread, PostgreSQL"));
                table.add(workload, "job, " + cores + " threads, PostgreSQL",
                        repeats.median("county job, all cores, PostgreSQL"));
            }
            readers(jvm, table, workload, "county", inbox, Map.of());
        }
        if (!only.equals("county")) {
            Path dir = work.resolve("ledger-" + ledgerRows);
            System.out.printf("generating ledger: %,d rows in %s%n", ledgerRows, dir);
            Path inbox = BenchInputs.ledger(dir, ledgerRows);
            List<String> seeds = List.of("villagestats.seeds=" + dir.resolve("seeds"));
            String workload = "ledger (" + String.format("%,d", ledgerRows) + " rows)";
            for (int i = 1; i <= repeat; i++) {
                ChildJvm.Result ledgerJob = job(jvm, "ledger-job-" + i, inbox, dir, seeds, cores);
                repeats.add("ledger job", ledgerJob);
                repeats.add("ledger job: read + validate + stage + aggregate", ledgerJob.core());
                for (String reader : List.of("fastexcel", "poi-event")) {
                    System.out.printf("  running ledger %s%n", reader);
                    repeats.add("ledger " + reader, jvm.run("ledger-" + reader + "-" + i, reader, List.of(),
                            inbox.toString()));
                }
                int run = i;
                PostgresRuns.run(db -> job(jvm, "ledger-job-pg-" + run, inbox, dir, db, cores), seeds).ifPresent(r -> {
                    repeats.add("ledger job, PostgreSQL", r);
                    repeats.add("ledger job, PostgreSQL: read + validate + stage + aggregate", r.core());
                });
            }
            table.add(workload, "job", repeats.median("ledger job"));
            table.add(workload, Table.CORE, repeats.median("ledger job: read + validate + stage + aggregate"));
            if (repeats.has("ledger job, PostgreSQL")) {
                table.add(workload, "job, PostgreSQL", repeats.median("ledger job, PostgreSQL"));
                table.add(workload, Table.CORE_POSTGRES,
                        repeats.median("ledger job, PostgreSQL: read + validate + stage + aggregate"));
            }
            readers(jvm, table, workload, "ledger", inbox, Map.of("fastexcel", repeats.median("ledger fastexcel"),
                    "poi-event", repeats.median("ledger poi-event")));
        }
        table.print(System.out, cores);
        System.out.println();
        repeats.print(System.out);
    }

    private static ChildJvm.Result job(ChildJvm jvm, String label, Path inbox, Path dir, List<String> seeds,
                                       int threads) throws Exception {
        Path run = dir.resolve("run-" + label);
        BenchInputs.deleteTree(run);
        List<String> properties = new ArrayList<>(seeds);
        properties.add("villagestats.load.threads=" + threads);
        System.out.printf("  running %s%n", label);
        return jvm.run(label, "job", properties, inbox.toString(), run.toString());
    }

    /** Every baseline reader, in the table's order; those {@code measured} already are not run again. */
    private static void readers(ChildJvm jvm, Table table, String workload, String label, Path inbox,
                                Map<String, ChildJvm.Result> measured) throws Exception {
        for (String reader : READERS) {
            ChildJvm.Result result = measured.get(reader);
            if (result == null) {
                System.out.printf("  running %s %s%n", label, reader);
                result = jvm.run(label + "-" + reader, reader, List.of(), inbox.toString());
            }
            table.add(workload, Table.NAMES.get(reader), result);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
