package cn.villagestats.operations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;

/**
 * A database on one engine that child JVMs and commands run in this JVM share: an H2 file (as
 * the shipped configuration has it) or a PostgreSQL database of the test's own.
 */
final class CliDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final List<String> settings;

    private CliDatabase(TestDatabase database, List<String> settings) {
        this.database = database;
        this.settings = settings;
    }

    static CliDatabase on(Engine engine, Path work) {
        if (engine == Engine.H2) {
            return new CliDatabase(null,
                    List.of("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";AUTO_SERVER=TRUE"));
        }
        TestDatabase database = engine.create();
        return new CliDatabase(database, List.of("--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
    }

    /** The command-line settings that point a command at this database. */
    List<String> settings() {
        return settings;
    }

    /** Runs a command in this JVM against the database; returns what it printed. */
    String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        String[] command = Stream.concat(Stream.of(args), settings.stream()).toArray(String[]::new);
        new VillageStatsCli(print, print).execute(command);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
