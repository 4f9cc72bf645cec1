package cn.villagestats.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The application's database opened for reading only, on one connection: never created,
 * migrated or seeded. An H2 file in a folder that cannot be written (a read-only file system,
 * an immutable folder, another user's files) is opened with {@code ACCESS_MODE_DATA=r} and
 * without {@code AUTO_SERVER}, which H2 refuses on a read-only database and which would
 * write its lock file; a writable one keeps the configured URL, so that it is shared with a
 * process that has it open, with {@code IFEXISTS=TRUE} so that a wrong path is not created.
 */
final class ReadOnlyDatabase implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final String configuredUrl;

    private ReadOnlyDatabase(SingleConnectionDataSource dataSource, String configuredUrl) {
        this.dataSource = dataSource;
        this.configuredUrl = configuredUrl;
    }

    /** Opens the database the settings name; {@link Absent} when there is none, or none of ours. */
    static ReadOnlyDatabase open(Environment settings) throws Absent {
        String url = settings.getRequiredProperty("spring.datasource.url");
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(readingUrl(url),
                settings.getProperty("spring.datasource.username", ""),
                settings.getProperty("spring.datasource.password", ""), true);
        dataSource.setConnectionProperties(timeouts(url, settings));
        ReadOnlyDatabase database = new ReadOnlyDatabase(dataSource, url);
        try {
            database.requireTables();
        } catch (Absent | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    DataSource dataSource() {
        return dataSource;
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** The URL an H2 file database is opened with for reading; other URLs as they are. */
    static String readingUrl(String url) throws Absent {
        Path file = h2File(url);
        if (file == null) {
            return url;
        }
        Path data = Path.of(file + ".mv.db");
        if (!Files.isRegularFile(data)) {
            throw new Absent("没有数据库文件 " + data.toAbsolutePath().normalize() + "，这里还没有运行过汇总",
                    "there is no database file " + data.toAbsolutePath().normalize() + ": no consolidation has run here",
                    url);
        }
        Path folder = data.toAbsolutePath().getParent();
        List<String> settings = Arrays.stream(url.split(";")).skip(1)
                .filter(s -> !s.toUpperCase().startsWith("IFEXISTS=")).collect(Collectors.toList());
        if (Files.isWritable(data) && Files.isWritable(folder)) {
            settings.add("IFEXISTS=TRUE");
        } else {
            settings.removeIf(s -> s.toUpperCase().startsWith("AUTO_SERVER") || s.toUpperCase().startsWith("AUTO_RECONNECT")
                    || s.toUpperCase().startsWith("ACCESS_MODE_DATA="));
            settings.add("ACCESS_MODE_DATA=r");
        }
        return Stream.concat(Stream.of(url.split(";")[0]), settings.stream()).collect(Collectors.joining(";"));
    }

    /** The file (without {@code .mv.db}) of an embedded H2 file database; null for memory, server and other URLs. */
    private static Path h2File(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return null;
        }
        String name = url.substring("jdbc:h2:".length()).split(";")[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
            return null;
        }
        return name.startsWith("~") ? Path.of(System.getProperty("user.home") + name.substring(1)) : Path.of(name);
    }

    /** PostgreSQL's waits bounded as the application bounds them ({@link DatabaseTimeouts}). */
    private static Properties timeouts(String url, Environment settings) {
        Properties properties = new Properties();
        if (url.startsWith("jdbc:postgresql:")) {
            String connect = seconds(settings.getProperty("villagestats.database.connect-timeout", "60s"));
            properties.setProperty("connectTimeout", connect);
            properties.setProperty("loginTimeout", connect);
            properties.setProperty("socketTimeout", seconds(settings.getProperty("villagestats.database.statement-timeout",
                    "60s")));
            properties.setProperty("readOnly", "true");
        }
        return properties;
    }

    private static String seconds(String duration) {
        return String.valueOf(Math.max(1, org.springframework.boot.convert.DurationStyle.detectAndParse(duration)
                .toSeconds()));
    }

    /** The job repository's tables, made by the first run's migration. */
    private void requireTables() throws Absent {
        try {
            new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE 1 = 0", Long.class);
        } catch (BadSqlGrammarException e) {
            throw new Absent("数据库中没有 villagestats 的表，还没有运行过汇总",
                    "the database holds no villagestats tables: no consolidation has run in it", configuredUrl);
        }
    }

    @Override
    public void close() {
        dataSource.destroy();
    }

    /** No database, or one that no run has set up: said in one line, exit code 69. */
    static final class Absent extends Exception {

        private final String line;

        Absent(String zh, String en, String url) {
            super(en);
            String setting = "spring.datasource.url=" + url.replaceAll("(?i)(password=)[^&;]*", "$1***");
            this.line = zh + " / " + en + "（" + setting + "）";
        }

        String line() {
            return line;
        }
    }
}
