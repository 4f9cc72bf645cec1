package cn.villagestats.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}, in a JVM of its own, schedules the night and serves the console's login page on server.port. */
class ServeWebServerTests {

    @TempDir
    Path work;

    @Test
    void shouldServeTheConsoleFromTheServeCommand() throws Exception {
        // given a free port
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "cn.villagestats.VillageStatsApplication", "serve", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:serve;DB_CLOSE_DELAY=-1", "--villagestats.logs=" + work.resolve("logs"))
                .redirectErrorStream(true).redirectOutput(work.resolve("serve.out").toFile()).start();
        try {
            // when the login page is asked for
            HttpResponse<String> page = awaitLoginPage(port);

            // then the console answers it, in Chinese
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("村级统计汇总").contains("name=\"_csrf\"");
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static HttpResponse<String> awaitLoginPage(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }
}
