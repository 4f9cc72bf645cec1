package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.villagestats.validation.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that cannot start says why in one line of Chinese and one of English, naming the
 * setting, and ends with its documented exit code; the stack trace is in the log file only.
 */
class PlainFailuresTests {

    @TempDir
    Path work;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldNameTheDatabaseThatCannotBeReachedInTwoLinesAndKeepTheStackTraceInTheLog() throws Exception {
        // given a PostgreSQL URL where nothing listens
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/villagestats";

        // when the night's run starts in a JVM of its own
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "cn.villagestats.VillageStatsApplication",
                "run", "--period", "2020-12", "--inbox", "input-samples", "--out", work.resolve("out").toString(),
                "--spring.datasource.url=" + url, "--villagestats.logs=" + work.resolve("logs"))
                .redirectErrorStream(true).start();
        String console = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();

        // then the console has two lines, the log file the stack trace
        assertThat(child.exitValue()).isEqualTo(69);
        assertThat(console.lines().toList()).containsExactly(
                "villagestats run: 数据库无法连接或连接中断：Connection refused（spring.datasource.url=" + url
                        + "），请检查数据库及该设置后重新运行。",
                "villagestats run: the database could not be reached or the connection was lost: Connection refused"
                        + " (spring.datasource.url=" + url + "); check the database and that setting, then run again.");
        assertThat(Files.readString(work.resolve("logs/villagestats.log")))
                .contains("Caused by: java.net.ConnectException: Connection refused")
                .contains("\tat org.postgresql.");
    }

    @Test
    void shouldNameTheSettingThatIsNotANumberAndExitAsForAWrongSetting() {
        // when
        int code = cli("rerun", "--villagestats.load.threads=four", "--spring.datasource.url=jdbc:h2:mem:nan");

        // then
        assertThat(code).isEqualTo(64);
        assertThat(stderr()).isEqualTo("""
                villagestats rerun: 设置须为数字，而不是“four”（villagestats.load.threads），请改正后重新运行。
                villagestats rerun: a setting takes a number, not 'four' (villagestats.load.threads); correct it and run again.
                """);
    }

    @Test
    void shouldSayThatTheDatabaseDoesNotExist() throws Exception {
        // given the PostgreSQL server of the tests, and a database name it does not have
        assumeTrue(postgresListens() || "true".equals(System.getenv("CI")), "no PostgreSQL server at 127.0.0.1:5432");
        String url = "jdbc:postgresql://127.0.0.1:5432/villagestats_never_created";

        // when
        int code = cli("status", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres");

        // then
        assertThat(code).isEqualTo(69);
        assertThat(stderr()).startsWith("villagestats status: 数据库不存在：FATAL: database \"villagestats_never_created\""
                + " does not exist（spring.datasource.url=" + url + "）").contains(
                "villagestats status: the database does not exist: FATAL: database \"villagestats_never_created\""
                        + " does not exist (spring.datasource.url=" + url + "); check the database and that setting");
    }

    @Test
    void shouldSayThatTheDataFolderCannotBeWritten() throws Exception {
        // given a data folder on a read-only file system (a tmpfs mounted read-only: permissions do not stop root)
        Path readOnly = Files.createDirectories(work.resolve("ro"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", readOnly.toString()) == 0,
                "cannot mount a read-only file system here");
        try {
            String url = "jdbc:h2:file:" + readOnly.resolve("data/villagestats") + ";AUTO_SERVER=TRUE";

            // when
            int code = cli("rerun", "--spring.datasource.url=" + url);

            // then
            assertThat(code).isEqualTo(73);
            // (the reason masks any run of 15 digits, as in a temporary folder's name)
            String data = IdNumbers.maskWithin(readOnly.resolve("data").toString());
            assertThat(stderr()).isEqualTo("villagestats rerun: 数据文件夹不可写：文件系统只读：" + data
                    + "（spring.datasource.url=" + url + "）。\n"
                    + "villagestats rerun: the data folder cannot be written: the file system is read-only: "
                    + data + " (spring.datasource.url=" + url + ").\n");
        } finally {
            run("umount", readOnly.toString());
        }
    }

    private int cli(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--villagestats.logs=" + work.resolve("logs"));
        return new VillageStatsCli(sink, new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(all.toArray(String[]::new));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean postgresListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
