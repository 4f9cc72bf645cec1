package cn.villagestats.testdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database {@code villagestats_test_<random>} on the PostgreSQL server, created for one
 * test (class) and dropped by {@link #close()}, so tests never see each other's rows.
 */
final class PostgresTestDatabase implements TestDatabase {

    private final String name;
    private final String url;

    private PostgresTestDatabase(String name) {
        this.name = name;
        int slash = PostgresServer.ADMIN_URL.lastIndexOf('/');
        this.url = PostgresServer.ADMIN_URL.substring(0, slash + 1) + name;
    }

    static PostgresTestDatabase create() {
        PostgresTestDatabase database = new PostgresTestDatabase(
                "villagestats_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        database.admin("CREATE DATABASE " + database.name);
        return database;
    }

    String name() {
        return name;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String username() {
        return PostgresServer.USER;
    }

    @Override
    public String password() {
        return PostgresServer.PASSWORD;
    }

    @Override
    public void close() {
        // FORCE: a connection some failed test left open must not keep the database alive
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
        try (Connection connection = PostgresServer.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
