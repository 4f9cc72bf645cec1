package cn.villagestats.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark: what people wait for, from a process's start to its exit. villagestats runs
 * as people run it ({@code java -jar villagestats.jar run} and {@code status}) with the nightly
 * {@code JAVA_OPTS} and with the JVM's defaults; the baselines (readers of cells and the plain
 * programs a developer would write instead) with the JVM's defaults, their best here. Workloads:
 * the township's 43 samples (a night on an empty database, one on a warm one, {@code status}),
 * a county, and a ledger, on H2 and on PostgreSQL; and the console served on the county's
 * consolidated period, its answers timed on a warm server. One table of medians, then the targets.
 *
 * <p>Options: {@code --ledger-rows N} (1,000,000), {@code --county-returns N} (1,000),
 * {@code --only township,county,ledger,console}, {@code --console-requests N} (50 of each),
 * {@code --heap 512m}, {@code --repeat N} (3),
 * {@code --work DIR}, {@code --jar FILE} (the build's {@code villagestats.jar}),
 * {@code --generate-only true}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int ledgerRows = Integer.parseInt(options.getOrDefault("ledger-rows", "1000000"));
        int countyReturns = Integer.parseInt(options.getOrDefault("county-returns", "1000"));
        Set<String> only = Set.of(options.getOrDefault("only", "township,county,ledger,console").split(","));
        int consoleRequests = Integer.parseInt(options.getOrDefault("console-requests", "50"));
        int repeat = Integer.parseInt(options.getOrDefault("repeat", "3"));
        String heap = options.getOrDefault("heap", "512m");
        Path work = Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath();
        Path jar = Path.of(options.getOrDefault("jar", work.resolveSibling("villagestats.jar").toString()));
        List<String> shipped = NightlyJvmOptions.of(Path.of("jobs", "nightly.env"));
        System.out.printf("villagestats benchmark: %d cores, -Xmx%s for every JVM, JAVA_OPTS [%s], %s %s%n",
                Runtime.getRuntime().availableProcessors(), heap, String.join(" ", shipped),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        Path county = work.resolve("county-" + countyReturns);
        Path ledger = work.resolve("ledger-" + ledgerRows);
        if (only.contains("county") || only.contains("console")) {
            System.out.printf("county: %d returns in %s%n", countyReturns, county);
            BenchInputs.county(county, countyReturns);
        }
        if (only.contains("ledger")) {
            System.out.printf("ledger: %,d rows in %s%n", ledgerRows, ledger);
            BenchInputs.ledger(ledger, ledgerRows);
        }
        if (Boolean.parseBoolean(options.getOrDefault("generate-only", "false"))) {
            return;
        }
        List<JvmSetup> setups = List.of(new JvmSetup(JvmSetup.SHIPPED, shipped, jar),
                new JvmSetup(JvmSetup.DEFAULTS, List.of(), jar));
        JvmSetup cds = only.contains("township") ? Cds.archive(jar, work.resolve("cds"), shipped) : null;
        Runs runs = new Runs(work, heap);
        Latencies latencies = new Latencies();
        for (int i = 1; i <= repeat; i++) {
            System.out.printf("round %d of %d%n", i, repeat);
            if (only.contains("township")) {
                List<JvmSetup> township = new ArrayList<>(setups);
                township.add(cds);
                runs.township(township, i);
            }
            if (only.contains("county")) {
                runs.job(Table.county(countyReturns), setups, county, i, List.of("plain-poi", "plain-fastexcel"));
            }
            if (only.contains("ledger")) {
                runs.job(Table.ledger(ledgerRows), setups, ledger, i, List.of("fastexcel", "poi-event", "ours"));
            }
            if (only.contains("console")) {
                runs.console(new ConsoleRuns(latencies, consoleRequests), setups.get(0), county, i);
            }
            // the table so far after every round: a round cut short still leaves the ones before it
            System.out.printf("%nAfter round %d of %d (medians of the rounds so far):%n", i, repeat);
            if (!runs.repeats().names().isEmpty()) {
                new Table(runs.repeats()).print(System.out);
            }
            if (!latencies.isEmpty()) {
                latencies.print(System.out);
            }
            System.out.println();
            System.out.println("Every run, in order:");
            runs.repeats().print(System.out);
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

    /** The runs of one benchmark, each named by its table line. */
    private static final class Runs {

        private final Path work;
        private final String heap;
        private final BaselineProcess baselines;
        private final Repeats repeats = new Repeats();

        Runs(Path work, String heap) throws Exception {
            this.work = work;
            this.heap = heap;
            Files.createDirectories(work.resolve("logs"));
            this.baselines = new BaselineProcess(heap, work.resolve("logs"));
        }

        Repeats repeats() {
            return repeats;
        }

        /** The 43 samples: a night on an empty database, a night on the warm one, then status, per JVM and database. */
        void township(List<JvmSetup> setups, int round) throws Exception {
            Path inbox = Path.of("input-samples").toAbsolutePath();
            Path seeds = Path.of("seeds").toAbsolutePath();
            for (JvmSetup setup : setups) {
                Path home = home("township", setup, "h2", round);
                nights(setup, home, OurProcess.Database.h2(home), "H2", inbox, seeds, round);
            }
            for (JvmSetup setup : setups.subList(0, 2)) {
                Path home = home("township", setup, "pg", round);
                PostgresRuns.run(db -> nights(setup, home, db, "PostgreSQL", inbox, seeds, round));
            }
            baseline(Table.TOWNSHIP, "none", inbox, round);
            baseline(Table.TOWNSHIP, "plain-poi", inbox, round);
            baseline(Table.TOWNSHIP, "plain-fastexcel", inbox, round);
        }

        private void nights(JvmSetup setup, Path home, OurProcess.Database database, String db, Path inbox,
                            Path seeds, int round) throws Exception {
            OurProcess process = new OurProcess(setup, heap, home, database);
            String label = "township-" + slug(setup.name()) + "-" + db + "-" + round;
            repeats.add(Table.key(Table.TOWNSHIP, Table.FIRST_NIGHT, db, setup.name()),
                    process.run(label + "-first", inbox, seeds));
            repeats.add(Table.key(Table.TOWNSHIP, Table.WARM_NIGHT, db, setup.name()),
                    process.run(label + "-warm", inbox, seeds));
            repeats.add(Table.key(Table.TOWNSHIP, Table.STATUS, db, setup.name()), process.status(label + "-status", seeds));
        }

        /** A generated workload (county or ledger): our job per JVM on H2 and PostgreSQL, then its baselines. */
        void job(String workload, List<JvmSetup> setups, Path dir, int round, List<String> readers) throws Exception {
            Path inbox = dir.resolve("inbox");
            Path seeds = dir.resolve("seeds");
            String name = workload.substring(0, workload.indexOf(' '));
            for (JvmSetup setup : setups) {
                Path home = home(name, setup, "h2", round);
                repeats.add(Table.key(workload, Table.JOB, "H2", setup.name()),
                        new OurProcess(setup, heap, home, OurProcess.Database.h2(home))
                                .run(name + "-" + slug(setup.name()) + "-H2-" + round, inbox, seeds));
            }
            for (JvmSetup setup : setups) {
                Path home = home(name, setup, "pg", round);
                PostgresRuns.run(db -> repeats.add(Table.key(workload, Table.JOB, "PostgreSQL", setup.name()),
                        new OurProcess(setup, heap, home, db)
                                .run(name + "-" + slug(setup.name()) + "-PostgreSQL-" + round, inbox, seeds)));
            }
            for (String reader : readers) {
                baseline(workload, reader, inbox, round);
            }
        }

        /** The console served on the county's consolidated period, on H2 and on PostgreSQL, with the nightly JVM options. */
        void console(ConsoleRuns console, JvmSetup setup, Path county, int round) throws Exception {
            Path home = home("console", setup, "h2", round);
            console.measure(new OurProcess(setup, heap, home, OurProcess.Database.h2(home)), "H2", county,
                    "console-H2-" + round);
            Path pg = home("console", setup, "pg", round);
            PostgresRuns.run(db -> console.measure(new OurProcess(setup, heap, pg, db), "PostgreSQL", county,
                    "console-PostgreSQL-" + round));
        }

        private void baseline(String workload, String what, Path inbox, int round) throws Exception {
            String name = workload.substring(0, workload.indexOf(' '));
            repeats.add(Table.key(workload, Table.BASELINES.get(what), "-", JvmSetup.DEFAULTS),
                    baselines.run(name + "-" + what + "-" + round, what, inbox));
        }

        /** A fresh folder for one group of runs: its H2 database, logs and exports. */
        private Path home(String workload, JvmSetup setup, String db, int round) throws Exception {
            Path home = work.resolve("runs").resolve(workload + "-" + slug(setup.name()) + "-" + db + "-" + round);
            BenchInputs.deleteTree(home);
            Files.createDirectories(home);
            return home;
        }

        private static String slug(String name) {
            return name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
        }
    }
}
