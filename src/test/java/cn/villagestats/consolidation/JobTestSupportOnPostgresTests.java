package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import cn.villagestats.testdb.OnPostgres;
import org.junit.jupiter.api.Test;

/** The {@link OnPostgres} job tests really run on PostgreSQL, in a database of their own, not on H2. */
@OnPostgres
class JobTestSupportOnPostgresTests extends JobTestSupport {

    @Test
    void shouldRunTheJobTestsOnAPostgresDatabaseOfTheirOwn() {
        // given the job tests' context, on PostgreSQL

        // when
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        String database = jdbc.queryForObject("SELECT current_database()", String.class);

        // then
        assertThat(product).isEqualTo("PostgreSQL");
        assertThat(database).startsWith("villagestats_test_");
    }
}
