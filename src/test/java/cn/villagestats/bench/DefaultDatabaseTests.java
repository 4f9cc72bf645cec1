package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default H2 database's settings: in effect, and the same for the nightly run and the benchmark. */
class DefaultDatabaseTests {

    @TempDir
    Path work;

    @Test
    void shouldKeepEveryStatementOfAReturnsLoadParsedPerConnection() throws Exception {
        // given an H2 file opened with the default's settings
        String url = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + DefaultDatabase.settings();

        // when
        String cacheSize;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = connection.createStatement().executeQuery("SELECT SETTING_VALUE FROM "
                        + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
            rs.next();
            cacheSize = rs.getString(1);
        }

        // then H2's default of 8 is raised above the 40 or so statements a return's load runs
        assertThat(Integer.parseInt(cacheSize)).isGreaterThanOrEqualTo(64);
    }

    @Test
    void shouldOpenTheNightlyRunsDatabaseWithTheDefaultsSettings() throws Exception {
        // when
        String nightlyUrl = Files.readAllLines(Path.of("jobs", "nightly.env")).stream()
                .filter(line -> line.startsWith("SPRING_DATASOURCE_URL=")).findFirst().orElseThrow();

        // then
        assertThat(DefaultDatabase.settings()).startsWith(";").contains("QUERY_CACHE_SIZE=");
        assertThat(nightlyUrl).startsWith("SPRING_DATASOURCE_URL=jdbc:h2:file:").endsWith(DefaultDatabase.settings());
    }
}
