package cn.villagestats.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.villagestats.registry.SeedFiles;
import cn.villagestats.registry.Village;
import cn.villagestats.samples.LedgerReturn;
import cn.villagestats.samples.SampleReturns;

/**
 * The console's workload: the county's period consolidated by a night, an operator and an API
 * token added with {@code user add} and {@code user token}, then {@code serve} started as people
 * start it, on a free loopback port. On the warm server, uploads of a 200-row return through the
 * API and GETs of the period's 报送情况 page (after a form login) are timed one by one; the server
 * is stopped with SIGTERM at the end.
 */
final class ConsoleRuns {

    static final String UPLOAD = "upload of a 200-row return (API)";
    static final String PAGE = "报送情况 page of the period";
    static final int UPLOAD_ROWS = 200;
    private static final String OPERATOR = "bench-operator";
    private static final String PASSWORD = "bench-password-of-the-console";
    private static final int WARM_UP = 20;

    private final Latencies latencies;
    private final int requests;

    ConsoleRuns(Latencies latencies, int requests) {
        this.latencies = latencies;
        this.requests = requests;
    }

    /** The county in {@code county} (inbox and seeds) consolidated and served by {@code process}, then timed. */
    void measure(OurProcess process, String database, Path county, String label) throws Exception {
        Path seeds = county.resolve("seeds");
        Run night = process.run(label + "-night", county.resolve("inbox"), seeds);
        System.out.printf("  the period consolidated in %.1f s%n", night.seconds());
        Path logs = process.home().getParent().resolve("logs");
        run(process, seeds, logs.resolve(label + "-user-add.log"), PASSWORD + "\n",
                "user", "add", "--name", OPERATOR, "--role", "operator");
        String token = ConsoleClient.token(run(process, seeds, logs.resolve(label + "-user-token.log"), "",
                "user", "token", "--name", OPERATOR));
        Path upload = uploadFile(seeds, process.home().resolve("upload"));
        int port = freePort();
        List<String> command = process.command(seeds, "serve");
        command.addAll(command.indexOf("-jar"), List.of("-Dserver.address=127.0.0.1", "-Dserver.port=" + port));
        Path log = logs.resolve(label + "-serve.log");
        System.out.printf("  serving on port %d, %s%n", port, log);
        Process serve = new ProcessBuilder(command).directory(process.home().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            awaitHealth(serve, port, log);
            ConsoleClient client = new ConsoleClient(port);
            client.login(OPERATOR, PASSWORD);
            for (int i = 0; i < WARM_UP; i++) {
                client.upload(OurProcess.PERIOD, token, upload);
                client.periodPage(OurProcess.PERIOD);
            }
            System.out.printf("  an upload answers: %s; the page says %s%n", client.lastUpload(), client.lastPage());
            for (int i = 0; i < requests; i++) {
                latencies.add(Latencies.key(UPLOAD, database), client.upload(OurProcess.PERIOD, token, upload));
                latencies.add(Latencies.key(PAGE, database), client.periodPage(OurProcess.PERIOD));
            }
        } finally {
            serve.destroy(); // SIGTERM: serve stops as its service manager stops it
            if (!serve.waitFor(120, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor();
                System.out.printf("  serve did not stop within 120 s of SIGTERM, killed; see %s%n", log);
            }
        }
    }

    /** A 200-row return of the county's first village, written with the project's sample generator. */
    private static Path uploadFile(Path seeds, Path dir) throws IOException {
        Village village = new SeedFiles(seeds).villages().get(0);
        Files.createDirectories(dir);
        return LedgerReturn.write(village, BenchInputs.PERIOD, UPLOAD_ROWS, SampleReturns.DEFAULT_SEED,
                dir.resolve(village.code() + "-200.xlsx"));
    }

    /** Runs a command of the jar to its exit, {@code input} on its standard input; answers its output. */
    private static String run(OurProcess process, Path seeds, Path log, String input, String... args)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(process.command(seeds, args)).directory(process.home().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (var in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed, see " + log);
        }
        return Files.readString(log);
    }

    private static void awaitHealth(Process serve, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new IllegalStateException("serve exited (" + serve.exitValue() + "), see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("serve did not answer its health within 5 minutes, see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
