package cn.villagestats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The Flyway migrations under {@code db/migration}, on each engine the project supports. */
@ParameterizedClass
@EnumSource(Engine.class)
class SchemaMigrationTests {

    private static final List<String> BATCH_TABLES = List.of("batch_job_instance", "batch_job_execution",
            "batch_job_execution_params", "batch_job_execution_context", "batch_step_execution",
            "batch_step_execution_context");

    @Parameter
    Engine engine;

    @Test
    void shouldUpgradeAFirstVersionDatabaseToTheSameSchemaAsAFreshOneKeepingItsData() {
        try (TestDatabase upgraded = engine.create(); TestDatabase fresh = engine.create()) {
            // given a database made by the first migration, already holding data
            upgraded.migrate("1");
            JdbcTemplate old = new JdbcTemplate(upgraded.dataSource());
            old.update("INSERT INTO village (code, name, households, poor_households) VALUES (?, ?, ?, ?)",
                    "370982104201", "镇里村", 120, 9);

            // when it is upgraded, and a fresh database is made by all migrations
            int appliedByUpgrade = upgraded.migrate("latest");
            int appliedToFresh = fresh.migrate("latest");

            // then only the newer migrations ran, and both databases look the same
            assertThat(appliedToFresh).isGreaterThan(1);
            assertThat(appliedByUpgrade).isEqualTo(appliedToFresh - 1);
            SchemaSnapshot upgradedSchema = SchemaSnapshot.of(upgraded.dataSource());
            SchemaSnapshot freshSchema = SchemaSnapshot.of(fresh.dataSource());
            assertThat(upgradedSchema.columns()).isEqualTo(freshSchema.columns()).isNotEmpty();
            assertThat(upgradedSchema.constraints()).isEqualTo(freshSchema.constraints()).isNotEmpty();
            assertThat(upgradedSchema.foreignKeys()).isEqualTo(freshSchema.foreignKeys()).isNotEmpty();
            assertThat(upgradedSchema.indexes()).isEqualTo(freshSchema.indexes()).isNotEmpty();
            assertThat(upgradedSchema.history()).isEqualTo(freshSchema.history());
            assertThat(upgradedSchema).isEqualTo(freshSchema);
            // and the data survived
            assertThat(old.queryForObject("SELECT name FROM village WHERE code = ?", String.class, "370982104201"))
                    .isEqualTo("镇里村");
        }
    }

    @Test
    void shouldApplyNothingToAnUpToDateDatabase() {
        try (TestDatabase database = engine.create()) {
            // given
            database.migrate("latest");
            SchemaSnapshot before = SchemaSnapshot.of(database.dataSource());

            // when
            int applied = database.migrate("latest");

            // then
            assertThat(applied).isZero();
            assertThat(SchemaSnapshot.of(database.dataSource())).isEqualTo(before);
        }
    }

    @Test
    void shouldLeaveTheStagedRowTablesWithoutForeignKeysAndTheProblemTablesWithTheirs() {
        try (TestDatabase database = engine.create()) {
            // given a database at the third version, whose staged row tables referenced their return
            database.migrate("3");
            assertThat(referencingTables(database)).contains("toilet_row", "road_row", "surveillance_row");

            // when
            database.migrate("latest");

            // then staging a row checks no return; rejected cells and warnings still go with theirs
            assertThat(referencingTables(database)).doesNotContain("toilet_row", "road_row", "surveillance_row")
                    .contains("rejected_cell", "return_warning");
        }
    }

    @Test
    void shouldKeepOneIndexOverTheReturnOfARejectedCellAndOfAWarning() {
        try (TestDatabase database = engine.create()) {
            // given a database of the fifth version: on H2, the foreign key and V1 each made an index over return_id
            database.migrate("5");

            // when
            database.migrate("latest");

            // then each table has one index over return_id (ours on PostgreSQL, the foreign key's on H2)
            SchemaSnapshot schema = SchemaSnapshot.of(database.dataSource());
            for (String table : List.of("rejected_cell", "return_warning")) {
                assertThat(schema.indexes()).as(table).filteredOn(index -> index.startsWith(table + " ")
                        && index.endsWith(" [return_id]")).hasSize(1);
            }
        }
    }

    @Test
    void shouldCreateTheJobRepositoryTablesOnAFreshDatabase() {
        try (TestDatabase database = engine.create()) {
            // when
            database.migrate("latest");

            // then Spring Batch's tables are there, and its sequences hand out ids
            assertThat(tables(database)).containsAll(BATCH_TABLES);
            JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
            assertThat(jdbc.queryForObject(nextValue("BATCH_JOB_EXECUTION_SEQ"), Long.class)).isPositive();
        }
    }

    @Test
    void shouldKeepTheJobRepositoryThatBootCreatedAtStartBefore() {
        try (TestDatabase upgraded = engine.create(); TestDatabase fresh = engine.create()) {
            // given a database of the fourth version whose Batch tables Boot's initializer made, with a run in them
            upgraded.migrate("4");
            JdbcTemplate old = new JdbcTemplate(upgraded.dataSource());
            runBatchScript(upgraded);
            old.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, ?, ?, ?)",
                    7L, 0L, "consolidateReturnsJob", "0".repeat(32));

            // when
            upgraded.migrate("latest");
            fresh.migrate("latest");

            // then the run is still there, and the schema is the one a fresh database gets
            assertThat(old.queryForObject("SELECT JOB_NAME FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = 7",
                    String.class)).isEqualTo("consolidateReturnsJob");
            assertThat(SchemaSnapshot.of(upgraded.dataSource()).columns())
                    .isEqualTo(SchemaSnapshot.of(fresh.dataSource()).columns());
        }
    }

    private static List<String> referencingTables(TestDatabase database) {
        return SchemaSnapshot.of(database.dataSource()).foreignKeys().stream()
                .map(key -> key.substring(0, key.indexOf('|')).toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> tables(TestDatabase database) {
        return new JdbcTemplate(database.dataSource()).queryForList("SELECT LOWER(table_name) FROM "
                + "information_schema.tables WHERE table_schema = CURRENT_SCHEMA", String.class);
    }

    private String nextValue(String sequence) {
        return engine == Engine.H2 ? "SELECT NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')";
    }

    /** What Boot's {@code spring.batch.jdbc.initialize-schema=always} ran at every start before V5. */
    private void runBatchScript(TestDatabase database) {
        String platform = engine == Engine.H2 ? "h2" : "postgresql";
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + platform
                + ".sql")).execute(database.dataSource());
    }
}
