package cn.villagestats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts one process and times it from start to exit, as a person waits for it, watching its
 * peak resident memory ({@code VmHWM}) while it runs. Its output goes to a log of its own.
 */
final class Launch {

    /** The process's exit code, wall time, start and end (epoch milliseconds) and peak resident set. */
    record Exit(int code, double seconds, long startMillis, long endMillis, long peakRssMb, Path log) {

        String output() throws IOException {
            return Files.readString(log);
        }
    }

    private Launch() {
    }

    static Exit run(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peakKb = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterMarkKb(status));
        }
        long nanos = System.nanoTime() - start;
        return new Exit(process.exitValue(), nanos / 1e9, startMillis, startMillis + nanos / 1_000_000,
                peakKb / 1024, log);
    }

    /** The process's peak resident set so far; 0 where /proc does not tell (it has just ended, or no Linux). */
    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
