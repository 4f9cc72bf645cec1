package cn.villagestats.testdb;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database of a test's own, on one of the engines the project supports; {@link #close()} drops it. */
public interface TestDatabase extends AutoCloseable {

    String url();

    String username();

    String password();

    @Override
    void close();

    default DataSource dataSource() {
        return new DriverManagerDataSource(url(), username(), password());
    }

    /** Applies the project's migrations up to {@code target} ("latest" for all); returns how many ran. */
    default int migrate(String target) {
        return Flyway.configure().dataSource(url(), username(), password()).target(target).load()
                .migrate().migrationsExecuted;
    }
}
