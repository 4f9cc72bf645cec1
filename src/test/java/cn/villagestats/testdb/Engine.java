package cn.villagestats.testdb;

import java.util.UUID;

/** The database engines the project supports, each able to give a test a fresh database. */
public enum Engine {
    H2 {
        @Override
        public TestDatabase create() {
            return new H2TestDatabase("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                    + ";DB_CLOSE_DELAY=-1");
        }
    },
    POSTGRES {
        @Override
        public TestDatabase create() {
            return PostgresTestDatabase.create();
        }
    };

    public abstract TestDatabase create();

    private record H2TestDatabase(String url) implements TestDatabase {

        @Override
        public String username() {
            return "sa";
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public void close() {
            new org.springframework.jdbc.core.JdbcTemplate(dataSource()).execute("SHUTDOWN");
        }
    }
}
