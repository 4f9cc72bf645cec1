package cn.villagestats.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A baseline in a JVM of its own, started with the JVM's default options and the same heap as
 * our job: a reader of cells or a plain program ({@link Measure}), timed from start to exit.
 */
final class BaselineProcess {

    private final String heap;
    private final Path logs;

    BaselineProcess(String heap, Path logs) {
        this.heap = heap;
        this.logs = logs;
    }

    Run run(String label, String what, Path inbox) throws Exception {
        List<String> command = new ArrayList<>(new JvmSetup(JvmSetup.DEFAULTS, List.of(), null).java(heap));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Measure.class.getName());
        command.add(what);
        command.add(inbox.toString());
        System.out.printf("  running %s%n", label);
        Launch.Exit exit = Launch.run(command, logs, logs.resolve(label + ".log"));
        String result = exit.output().lines().filter(l -> l.startsWith(Measure.RESULT)).findFirst()
                .orElseThrow(() -> new IllegalStateException(label + " failed (exit " + exit.code() + "), see "
                        + exit.log()));
        String[] f = result.split(" ", 4);
        if (f[1].equals("OOM")) {
            return Run.outOfMemory(exit.peakRssMb());
        }
        long start = Long.parseLong(f[1]);
        long end = Long.parseLong(f[2]);
        Files.writeString(logs.resolve(label + ".found"), f.length > 3 ? f[3] + "\n" : "\n");
        return new Run(false, exit.seconds(), Run.Breakdown.reading((start - exit.startMillis()) / 1e3,
                (end - start) / 1e3, (exit.endMillis() - end) / 1e3), exit.peakRssMb());
    }
}
