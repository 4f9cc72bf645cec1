package cn.villagestats.bench;

import java.util.Optional;

import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;

/** Runs of the job on PostgreSQL, the production database: each group on a fresh database of the server at 127.0.0.1:5432. */
final class PostgresRuns {

    /** Runs measured against one database. */
    interface Group {
        void run(OurProcess.Database database) throws Exception;
    }

    private PostgresRuns() {
    }

    /** Runs {@code group} on a fresh database, dropped after; false, and said so, when there is no server. */
    static boolean run(Group group) throws Exception {
        Optional<TestDatabase> created;
        try {
            created = Optional.of(Engine.POSTGRES.create());
        } catch (RuntimeException e) {
            System.out.printf("  no PostgreSQL lines: %s%n", e.getMessage());
            return false;
        }
        try (TestDatabase database = created.get()) {
            group.run(new OurProcess.Database(database.url(), database.username(), database.password(), true));
            return true;
        }
    }
}
