package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code status} on PostgreSQL with a role that may only read: the same lines as the owner's. */
class ReadOnlyStatusOnPostgresTests {

    @TempDir
    Path work;

    @Test
    void shouldPrintTheSameRunsForARoleThatMayOnlyReadAsForTheOwner() throws Exception {
        try (TestDatabase database = Engine.POSTGRES.create()) {
            // given a database made by one run, and a role granted nothing but SELECT on its tables
            List<String> owner = List.of("--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=" + database.password());
            assertThat(cli(owner, "run", "--period", "2020-12", "--inbox", inboxOfTwoSamples().toString(), "--out",
                    work.resolve("out").toString()).code()).isEqualTo(2);
            JdbcTemplate admin = new JdbcTemplate(database.dataSource());
            String role = "status_reader_" + System.nanoTime();
            admin.execute("CREATE ROLE " + role + " LOGIN");
            try {
                admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
                List<String> reader = List.of("--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + role, "--spring.datasource.password=");

                // when
                Printed asOwner = cli(owner, "status");
                Printed asReader = cli(reader, "status");

                // then
                assertThat(asReader.code()).isZero();
                assertThat(asReader.out()).isEqualTo(asOwner.out()).containsPattern("#1\\s+2020-12\\s+.*COMPLETED");
            } finally {
                admin.execute("DROP OWNED BY " + role);
                admin.execute("DROP ROLE " + role);
            }
        }
    }

    private record Printed(int code, String out) {
    }

    private Printed cli(List<String> database, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database);
        all.add("--villagestats.logs=" + work.resolve("logs"));
        int code = new VillageStatsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8)).execute(all.toArray(String[]::new));
        return new Printed(code, out.toString(StandardCharsets.UTF_8));
    }

    private Path inboxOfTwoSamples() throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (Stream<Path> samples = Files.list(Path.of("input-samples")).sorted().limit(2)) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, inbox.resolve(sample.getFileName()));
            }
        }
        return inbox;
    }
}
