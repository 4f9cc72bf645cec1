package cn.villagestats.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: 127.0.0.1:5432, database {@code test}, unless
 * {@code VILLAGESTATS_TEST_POSTGRES_URL}/{@code _USER}/{@code _PASSWORD} say otherwise.
 * Without it a developer's build skips the PostgreSQL tests; CI ({@code CI=true}) fails them.
 */
public final class PostgresServer {

    static final String ADMIN_URL = env("VILLAGESTATS_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("VILLAGESTATS_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("VILLAGESTATS_TEST_POSTGRES_PASSWORD", "");

    private PostgresServer() {
    }

    /** A connection to the server's administrative database, or the test is skipped (failed in CI). */
    static Connection connect() {
        try {
            return DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        } catch (SQLException e) {
            String problem = "PostgreSQL at " + ADMIN_URL + " cannot be reached (" + e.getMessage() + "); start it "
                    + "with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI runs the PostgreSQL tests: " + problem, e);
            }
            Assumptions.abort(problem);
            throw new AssertionError("unreachable");
        }
    }

    /** Skips (or in CI fails) a test class before anything else happens when the server is down. */
    public static void require() {
        try (Connection ignored = connect()) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
