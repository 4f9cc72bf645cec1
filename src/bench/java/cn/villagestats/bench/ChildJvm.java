package cn.villagestats.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one {@link Measure} in a JVM of its own, so that heap peaks belong to one reader
 * and no reader warms the code of the next. Only fastexcel's run sees fastexcel's jar; the
 * class path is otherwise the production one (plus the test libraries).
 */
final class ChildJvm {

    private final String heap;
    private final List<String> jvmOptions;
    private final Path logs;

    /** {@code jvmOptions} go to every run alike, job and baselines, so that ratios compare like with like. */
    ChildJvm(String heap, List<String> jvmOptions, Path logs) {
        this.heap = heap;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.logs = logs;
    }

    /**
     * One measured result; {@code outOfMemory} when the reader did not fit the heap. CPU, JIT and
     * GC seconds are -1 where not apportioned.
     */
    record Result(boolean outOfMemory, double seconds, long rows, long cells, long peakUsed, long peakLive,
                  double cpuSeconds, double coreSeconds, double jitSeconds, double gcSeconds) {

        /** The job's read + validate + stage + aggregate steps, from the same run (CPU not apportioned). */
        Result core() {
            return new Result(outOfMemory, coreSeconds, rows, cells, peakUsed, peakLive, -1, -1, -1, -1);
        }
    }

    Result run(String label, String what, List<String> properties, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dlogging.level.cn.villagestats=WARN");
        properties.forEach(p -> command.add("-D" + p));
        command.add("-cp");
        command.add(classPath(what.equals("fastexcel")));
        command.add(Measure.class.getName());
        command.add(what);
        command.addAll(Arrays.asList(args));
        Files.createDirectories(logs);
        Path log = logs.resolve(label.replaceAll("[^A-Za-z0-9.-]+", "_") + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        // a reader that ran out of heap may have its stack trace printed across the result line
        if (Files.readAllLines(log).stream().anyMatch(l -> l.contains(Measure.RESULT + " OOM"))) {
            return new Result(true, 0, 0, 0, 0, 0, -1, -1, -1, -1);
        }
        String line = Files.readAllLines(log).stream().filter(l -> l.startsWith(Measure.RESULT)).findFirst()
                .orElseThrow(() -> new IllegalStateException(label + " failed (exit " + exit + "), see " + log));
        String[] f = line.split(" ");
        return new Result(f[1].equals("OOM"), Long.parseLong(f[2]) / 1e9, Long.parseLong(f[3]), Long.parseLong(f[4]),
                Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]) / 1e9, Long.parseLong(f[8]) / 1e9,
                Long.parseLong(f[9]) / 1e3, Long.parseLong(f[10]) / 1e3);
    }

    private static String classPath(boolean withFastexcel) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> withFastexcel || !entry.contains("fastexcel"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
