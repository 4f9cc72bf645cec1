package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} reads the database without writing it: it answers from a data folder that
 * cannot be written, and says in one line when there is no database, or none of ours.
 */
class ReadOnlyStatusTests {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldPrintTheSameRunsFromAReadOnlyDataFolderAsFromAWritableOne() throws Exception {
        // given a database made by one run, with the shipped URL's AUTO_SERVER
        String settings = ";AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64";
        Path writable = work.resolve("data");
        assertThat(cli("run", "--period", "2020-12", "--inbox", inboxOfTwoSamples().toString(), "--out",
                work.resolve("out").toString(), url(writable, settings))).isEqualTo(2);
        List<String> fromWritable = childStatus(url(writable, settings));
        List<String> stepsFromWritable = childStatus(url(writable, settings), "--execution", "1");

        // and the same database in a folder that cannot be written, not even by root
        Path readOnly = work.resolve("read-only");
        try (ReadOnlyFolder folder = ReadOnlyFolder.of(readOnly, writable.resolve("villagestats.mv.db"))) {
            assumeTrue(folder != null, "neither a read-only mount nor an immutable folder can be made here");
            assertThat(Files.isWritable(readOnly)).isFalse();

            // when status runs against it in a JVM of its own
            List<String> fromReadOnly = childStatus(url(readOnly, settings));
            List<String> stepsFromReadOnly = childStatus(url(readOnly, settings), "--execution", "1");

            // then it prints what it prints from the writable folder, and the folder holds what it held
            assertThat(fromWritable).hasSize(2).first().asString().startsWith("id     period");
            assertThat(fromWritable.get(1)).containsPattern("#1\\s+2020-12\\s+.*COMPLETED\\s+2\\s+0\\s+41");
            assertThat(fromReadOnly).isEqualTo(fromWritable);
            assertThat(stepsFromReadOnly).isEqualTo(stepsFromWritable).anyMatch(l -> l.startsWith("exportTotalsStep"));
            try (Stream<Path> files = Files.list(readOnly)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("villagestats.mv.db");
            }
        }
    }

    @Test
    void shouldAnswerWithoutStartingTheApplication() throws Exception {
        // given a database set up by a command, and a setting that would stop the application from starting
        String database = "--spring.datasource.url=jdbc:h2:mem:status-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        cli("user", "list", database);

        // when
        int code = cli("status", database, "--villagestats.load.threads=four");

        // then status never bound it: it started no context
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("No consolidation has run yet.\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void shouldSayInOneLineThatThereIsNoDatabaseAndCreateNone() {
        // given a URL whose file does not exist (a wrong folder, or status before the first run)
        Path data = work.resolve("data");

        // when
        int code = cli("status", url(data, ";AUTO_SERVER=TRUE"));

        // then
        assertThat(code).isEqualTo(69);
        assertThat(err()).isEqualTo("villagestats status: 没有数据库文件 " + data.resolve("villagestats.mv.db")
                + "，这里还没有运行过汇总 / there is no database file " + data.resolve("villagestats.mv.db")
                + ": no consolidation has run here（spring.datasource.url=jdbc:h2:file:" + data.resolve("villagestats")
                + ";AUTO_SERVER=TRUE）\n");
        assertThat(data).doesNotExist();
    }

    @Test
    void shouldSayInOneLineThatTheDatabaseHoldsNoRunsAndMigrateNothing() throws Exception {
        // given an H2 database that no run has set up
        Path data = work.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("villagestats");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE something_else (id INT)");
        }

        // when
        int code = cli("status", "--spring.datasource.url=" + url);

        // then
        assertThat(code).isEqualTo(69);
        assertThat(err()).isEqualTo("villagestats status: 数据库中没有 villagestats 的表，还没有运行过汇总 / the database "
                + "holds no villagestats tables: no consolidation has run in it（spring.datasource.url=" + url + "）\n");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", null)) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).containsExactly("SOMETHING_ELSE");
        }
    }

    @Test
    void shouldOpenAnH2FileInAFolderThatCannotBeWrittenForReadingOnlyAndWithoutItsServer() throws Exception {
        // given an H2 file whose folder is immutable or mounted read-only
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(data.resolve("villagestats.mv.db"), "");
        try (ReadOnlyFolder folder = ReadOnlyFolder.of(work.resolve("ro"), data.resolve("villagestats.mv.db"))) {
            assumeTrue(folder != null, "neither a read-only mount nor an immutable folder can be made here");

            // when
            String url = ReadOnlyDatabase.readingUrl("jdbc:h2:file:" + work.resolve("ro/villagestats")
                    + ";AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64");

            // then
            assertThat(url).isEqualTo("jdbc:h2:file:" + work.resolve("ro/villagestats")
                    + ";QUERY_CACHE_SIZE=64;ACCESS_MODE_DATA=r");
        }
        // and a writable one keeps its server, and is never created by status
        assertThat(ReadOnlyDatabase.readingUrl("jdbc:h2:file:" + data.resolve("villagestats") + ";AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:" + data.resolve("villagestats") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE");
        assertThat(ReadOnlyDatabase.readingUrl("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
    }

    private List<String> childStatus(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("status"));
        command.addAll(List.of(arguments));
        try (ChildRun child = ChildRun.command(work, command)) {
            assertThat(child.awaitExit()).isZero();
            return child.printed();
        }
    }

    private int cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--villagestats.logs=" + work.resolve("logs"));
        return new VillageStatsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(all.toArray(String[]::new));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String url(Path folder, String settings) {
        return "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("villagestats") + settings;
    }

    private Path inboxOfTwoSamples() throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (Stream<Path> samples = Files.list(Path.of("input-samples")).sorted().limit(2)) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, inbox.resolve(sample.getFileName()));
            }
        }
        return inbox;
    }

    /**
     * A folder holding a copy of a file that nobody may write, root included: a tmpfs mounted
     * read-only where mounting is allowed, else the folder and the file made immutable
     * ({@code chattr +i}). Null where neither can be made.
     */
    private record ReadOnlyFolder(Path folder, boolean mounted) implements AutoCloseable {

        static ReadOnlyFolder of(Path folder, Path file) throws IOException, InterruptedException {
            Files.createDirectories(folder);
            if (run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", folder.toString()) == 0) {
                Files.copy(file, folder.resolve(file.getFileName()));
                if (run("mount", "-o", "remount,ro", folder.toString()) == 0) {
                    return new ReadOnlyFolder(folder, true);
                }
                run("umount", folder.toString());
            }
            Files.copy(file, folder.resolve(file.getFileName()));
            if (run("chattr", "+i", folder.resolve(file.getFileName()).toString(), folder.toString()) == 0) {
                return new ReadOnlyFolder(folder, false);
            }
            return null;
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (mounted) {
                run("umount", folder.toString());
            } else {
                run("chattr", "-i", folder.toString());
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        run("chattr", "-i", file.toString());
                    }
                }
            }
        }

        private static int run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        }
    }
}
