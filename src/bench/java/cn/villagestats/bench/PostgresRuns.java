package cn.villagestats.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;

/** Runs of the job on PostgreSQL, the production database: each on a fresh database of the server at 127.0.0.1:5432. */
final class PostgresRuns {

    /** A job given the properties that point it at its database. */
    interface Job {
        ChildJvm.Result run(List<String> properties) throws Exception;
    }

    private PostgresRuns() {
    }

    /** The job's result on a fresh database; empty, and said so, when there is no server. */
    static Optional<ChildJvm.Result> run(Job job, List<String> seeds) throws Exception {
        try (TestDatabase database = Engine.POSTGRES.create()) {
            List<String> properties = new ArrayList<>(seeds);
            properties.add("spring.datasource.url=" + database.url());
            properties.add("spring.datasource.username=" + database.username());
            properties.add("spring.datasource.password=" + database.password());
            return Optional.of(job.run(properties));
        } catch (RuntimeException e) {
            System.out.printf("  no PostgreSQL line: %s%n", e.getMessage());
            return Optional.empty();
        }
    }
}
