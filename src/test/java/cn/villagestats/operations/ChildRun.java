package cn.villagestats.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code villagestats run} of the 43 sample returns in a JVM of its own, staging one row per
 * transaction so that the run lasts long enough to be interfered with.
 */
final class ChildRun implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final List<String> printed = new ArrayList<>();

    private ChildRun(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildRun start(String database, Path work) throws IOException {
        return start(work, List.of(database));
    }

    /** The run with {@code settings} ({@code --spring.datasource.url=…} and the like) added to its command line. */
    static ChildRun start(Path work, List<String> settings) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("run", "--period", "2020-12", "--inbox", "input-samples",
                "--out", work.resolve("out").toString(), "--villagestats.load.threads=1",
                "--villagestats.load.chunk-size=1"));
        arguments.addAll(settings);
        return command(work, arguments);
    }

    /** Any villagestats command in a JVM of its own, logging under {@code work}. */
    static ChildRun command(Path work, List<String> arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "cn.villagestats.VillageStatsApplication"));
        command.addAll(arguments);
        command.add("--villagestats.logs=" + work.resolve("logs"));
        return new ChildRun(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Reads the child's log until {@code count} lines contain {@code text} (or two minutes pass); returns them. */
    List<String> awaitLines(String text, int count) throws IOException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (seen.size() < count && System.nanoTime() < deadline && (line = output.readLine()) != null) {
            printed.add(line);
            if (line.contains(text)) {
                seen.add(line);
            }
        }
        return seen;
    }

    /** Every line the child printed so far (as far as it was read). */
    List<String> printed() {
        return List.copyOf(printed);
    }

    /** SIGTERM, as systemd or {@code kill} sends; through the handle, which (unlike the Process) leaves the output open to read. */
    void terminate() {
        process.toHandle().destroy();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the child to end, reading what it prints; returns its exit code. */
    int awaitExit() throws IOException, InterruptedException {
        String line;
        while ((line = output.readLine()) != null) {
            printed.add(line); // and the child never blocks on a full pipe
        }
        return process.waitFor(5, TimeUnit.MINUTES) ? process.exitValue() : -1;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
