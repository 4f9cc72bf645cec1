package cn.villagestats.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * villagestats run as a person runs it: {@code java -jar villagestats.jar run ...} or
 * {@code status}, in a folder of its own (its H2 database under {@code data/}, its logs under
 * {@code logs/}) or against a PostgreSQL database. After a run exits, its job repository says
 * where the time went between the process's start and exit.
 */
final class OurProcess {

    static final String PERIOD = "2020-12";

    private final JvmSetup setup;
    private final String heap;
    private final Path home;
    private final Database database;

    /** Where the runs keep their data: the H2 file under {@code home}, or a PostgreSQL database. */
    record Database(String url, String username, String password, boolean postgres) {

        static Database h2(Path home) {
            return new Database("jdbc:h2:file:" + home.resolve("data").resolve("villagestats").toAbsolutePath()
                    + DefaultDatabase.settings(), "sa", "", false);
        }
    }

    OurProcess(JvmSetup setup, String heap, Path home, Database database) {
        this.setup = setup;
        this.heap = heap;
        this.home = home;
        this.database = database;
    }

    Run run(String label, Path inbox, Path seeds) throws Exception {
        Launch.Exit exit = launch(label, seeds, "run", "--period", PERIOD, "--inbox", inbox.toString(), "--out",
                home.resolve("out").toString());
        // 0: all accepted; 2: villages missing (a county's last township is partial) or files rejected
        if (exit.code() != 0 && exit.code() != 2) {
            throw new IllegalStateException(label + " failed (exit " + exit.code() + "), see " + exit.log());
        }
        return new Run(false, exit.seconds(), breakdown(exit), exit.peakRssMb());
    }

    Run status(String label, Path seeds) throws Exception {
        Launch.Exit exit = launch(label, seeds, "status");
        if (exit.code() != 0) {
            throw new IllegalStateException(label + " failed (exit " + exit.code() + "), see " + exit.log());
        }
        return new Run(false, exit.seconds(), Run.Breakdown.NONE, exit.peakRssMb());
    }

    private Launch.Exit launch(String label, Path seeds, String... args) throws Exception {
        List<String> command = command(seeds, args);
        System.out.printf("  running %s%n", label);
        return Launch.run(command, home, home.getParent().resolve("logs").resolve(label + ".log"));
    }

    /** The command line of {@code java -jar villagestats.jar args}, on this process's database and seeds; run it in {@link #home()}. */
    List<String> command(Path seeds, String... args) {
        List<String> command = new ArrayList<>(setup.java(heap));
        command.add("-Dvillagestats.seeds=" + seeds.toAbsolutePath());
        if (database.postgres()) {
            command.add("-Dspring.datasource.url=" + database.url());
            command.add("-Dspring.datasource.username=" + database.username());
            command.add("-Dspring.datasource.password=" + database.password());
        }
        command.add("-jar");
        command.add(setup.jar().toString());
        command.addAll(List.of(args));
        return command;
    }

    Path home() {
        return home;
    }

    /** The last job execution's steps, placed between the process's start and exit. */
    private Run.Breakdown breakdown(Launch.Exit exit) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            long id;
            long jobStart;
            long jobEnd;
            try (ResultSet rs = statement.executeQuery("SELECT JOB_EXECUTION_ID, START_TIME, END_TIME "
                    + "FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")) {
                rs.next();
                id = rs.getLong(1);
                jobStart = millis(rs.getObject(2, LocalDateTime.class));
                jobEnd = millis(rs.getObject(3, LocalDateTime.class));
            }
            double load = 0;
            double readBack = 0;
            try (ResultSet rs = statement.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM "
                    + "BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + id + " AND STEP_NAME NOT LIKE '%:%'")) {
                while (rs.next()) {
                    double seconds = (millis(rs.getObject(3, LocalDateTime.class))
                            - millis(rs.getObject(2, LocalDateTime.class))) / 1e3;
                    switch (rs.getString(1)) {
                        case "loadReturnsStep" -> load += seconds;
                        case "reconcileReturnsStep", "aggregateTotalsStep" -> readBack += seconds;
                        default -> { }
                    }
                }
            }
            double job = (jobEnd - jobStart) / 1e3;
            return new Run.Breakdown((jobStart - exit.startMillis()) / 1e3, load, readBack, job - load - readBack,
                    (exit.endMillis() - jobEnd) / 1e3);
        }
    }

    private static long millis(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
