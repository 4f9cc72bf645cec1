package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import cn.villagestats.programme.StandardProgrammes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The period's totals per village and for the township, from the staged rows of its current returns. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:aggregate;DB_CLOSE_DELAY=-1",
        "villagestats.load.threads=2"})
class TotalsAggregatorTests {

    private static final String QUANLI = "370982104202";
    private static final String GONGXI = "370982104205";

    @Autowired
    TotalsAggregator aggregator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @Qualifier("loadTaskExecutor")
    Executor loadTaskExecutor;

    @BeforeEach
    void twoVillagesAndASupersededReturn() {
        for (String table : new String[] {"toilet_row", "road_row", "surveillance_row", "intake_return",
                "village_total", "township_total"}) {
            jdbc.update("DELETE FROM " + table);
        }
        intakeReturn(1, QUANLI, "accepted");
        intakeReturn(2, GONGXI, "accepted");
        intakeReturn(3, GONGXI, "superseded");
        // a poor household not yet accepted (未验收) is still a poor household upgraded
        toilet(1, 2, true, false, "未验收");
        toilet(1, 3, false, false);
        toilet(1, 4, true, true);
        toilet(2, 2, false, false);
        toilet(3, 2, true, false);
        // areas as the clerk measured them: neither length x width (802) nor whole (801 when rounded per row)
        jdbc.update("INSERT INTO road_row (return_id, row_no, road_name, length_m, width_m, area_m2, surface, "
                + "household_access, households_served, completed_on) VALUES (2, 2, '村南路', 120.5, 4, 490.25, '水泥', "
                + "TRUE, 12, DATE '2020-06-01')");
        jdbc.update("INSERT INTO road_row (return_id, row_no, road_name, length_m, width_m, area_m2, surface, "
                + "household_access, households_served, completed_on) VALUES (2, 9, '村北路', 80, 4, 311.35, '沥青', "
                + "TRUE, 8, DATE '2020-07-01')");
        jdbc.update("INSERT INTO surveillance_row (return_id, row_no, point_name, point_type, cameras, cameras_online, "
                + "connected) VALUES (1, 2, '村委会', '路口', 3, 2, TRUE)");
    }

    @Test
    void shouldTotalEachProgrammeOfTheCurrentReturnsWithoutTheirRepeats() {
        // when
        inTransaction(() -> aggregator.aggregate("2020-12", 7));

        // then
        assertThat(village(QUANLI)).containsEntry("returns.received", "1.00").containsEntry("toilet.households", "2.00")
                .containsEntry("toilet.poor_households", "1.00").containsEntry("toilet.accepted_households", "1.00")
                .containsEntry("toilet.subsidy_yuan", "2000.00")
                .containsEntry("surveillance.cameras_online", "2.00").doesNotContainKey("road.segments");
        assertThat(village(GONGXI)).containsEntry("toilet.households", "1.00")
                .containsEntry("toilet.poor_households", "0.00").containsEntry("road.length_m", "200.50")
                .containsEntry("road.access_households", "20.00").containsEntry("road.access_villages", "1.00")
                .containsEntry("road.investment_10k_yuan", "0.00").containsEntry("road.area_m2", "801.60");
        assertThat(township()).containsEntry("returns.received", "2.00").containsEntry("toilet.households", "3.00")
                .containsEntry("toilet.poor_households", "1.00").containsEntry("toilet.accepted_households", "2.00")
                .containsEntry("road.area_m2", "801.60")
                .containsEntry("road.segments", "2.00").containsEntry("surveillance.points", "1.00");
    }

    @Test
    void shouldTotalEachIndicatorOfTheRegistryOnceWithTheVillagesThatReportedIt() {
        // given an indicator the registry no longer lists, and a programme no village reported
        jdbc.update("DELETE FROM surveillance_row");
        Map<String, Object> removed = jdbc.queryForMap("SELECT * FROM indicator WHERE code = 'road.segments'");
        jdbc.update("DELETE FROM indicator WHERE code = 'road.segments'");
        try {
            // when
            inTransaction(() -> aggregator.aggregate("2020-12", 7));

            // then every listed indicator has one line, a zero where no village reported a value
            List<String> listed = jdbc.queryForList("SELECT code FROM indicator ORDER BY code", String.class);
            Map<String, String> villages = jdbc.queryForList("SELECT indicator, villages FROM township_total "
                    + "WHERE period = '2020-12'").stream().collect(Collectors.toMap(
                            row -> (String) row.get("INDICATOR"), row -> String.valueOf(row.get("VILLAGES"))));
            assertThat(villages.keySet()).containsExactlyInAnyOrderElementsOf(listed).doesNotContain("road.segments");
            assertThat(villages).containsEntry("toilet.households", "2").containsEntry("road.length_m", "1")
                    .containsEntry("road.investment_10k_yuan", "0").containsEntry("surveillance.cameras", "0");
            assertThat(township()).containsEntry("road.investment_10k_yuan", "0.00")
                    .containsEntry("surveillance.cameras", "0.00").containsEntry("toilet.households", "3.00");
        } finally {
            jdbc.update("INSERT INTO indicator (code, name, unit, definition, position) VALUES (?, ?, ?, ?, ?)",
                    removed.get("CODE"), removed.get("NAME"), removed.get("UNIT"), removed.get("DEFINITION"),
                    removed.get("POSITION"));
        }
    }

    @Test
    void shouldKeepThePreviousTotalsWhenAProgrammeCannotBeRead() {
        // given the period's totals, then a staging table the database cannot find
        inTransaction(() -> aggregator.aggregate("2020-12", 7));
        jdbc.update("ALTER TABLE road_row RENAME TO road_row_away");
        try {
            // when, then the database's own error is thrown, and the transaction leaves the totals as they were
            assertThatThrownBy(() -> inTransaction(() -> aggregator.aggregate("2020-12", 8)))
                    .isInstanceOf(BadSqlGrammarException.class).hasMessageContaining("FROM road_row");
            assertThat(jdbc.queryForList("SELECT DISTINCT job_execution_id FROM township_total", Long.class))
                    .containsExactly(7L);
            assertThat(village(GONGXI)).containsEntry("road.segments", "2.00");
        } finally {
            jdbc.update("ALTER TABLE road_row_away RENAME TO road_row");
        }
    }

    @Test
    void shouldLetEveryReadEndBeforeAFailedOneIsThrown() {
        // given a database on which the toilet rows cannot be read and the road rows take a while
        AtomicBoolean roadsRead = new AtomicBoolean();
        JdbcTemplate slowAndFailing = new JdbcTemplate(jdbc.getDataSource()) {
            @Override
            public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
                if (sql.contains("FROM toilet_row")) {
                    throw new DataAccessResourceFailureException("disk read error");
                }
                List<T> rows = super.query(sql, rowMapper, args);
                if (sql.contains("FROM road_row")) {
                    sleepQuietly(300);
                    roadsRead.set(true);
                }
                return rows;
            }
        };
        TotalsAggregator failing = new TotalsAggregator(slowAndFailing, StandardProgrammes.PROGRAMMES, loadTaskExecutor, 100_000);

        // when, then the failure is thrown once the road rows have been read: nothing is left on the pool
        assertThatThrownBy(() -> inTransaction(() -> failing.aggregate("2020-12", 9)))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(roadsRead).isTrue();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldGiveTheSameTotalsWhenEachVillagesRowsAreGroupedInBandsAndAddedUp() {
        // given the totals grouped in one band of rows per village
        inTransaction(() -> aggregator.aggregate("2020-12", 7));
        Map<String, String> quanli = village(QUANLI);
        Map<String, String> gongxi = village(GONGXI);

        // when each village's rows are grouped two row numbers at a time, in parallel, and added up
        TotalsAggregator inBands = new TotalsAggregator(jdbc, StandardProgrammes.PROGRAMMES, loadTaskExecutor, 2);
        inTransaction(() -> inBands.aggregate("2020-12", 8));

        // then
        assertThat(village(QUANLI)).isEqualTo(quanli).containsEntry("toilet.households", "2.00");
        assertThat(village(GONGXI)).isEqualTo(gongxi).containsEntry("road.access_villages", "1.00");
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private Map<String, String> village(String code) {
        return jdbc.queryForList("SELECT indicator, \"value\" FROM village_total WHERE period = '2020-12' "
                + "AND village_code = ?", code).stream().collect(Collectors.toMap(
                        row -> (String) row.get("INDICATOR"), row -> plain(row.get("value"))));
    }

    private Map<String, String> township() {
        return jdbc.queryForList("SELECT indicator, \"value\" FROM township_total WHERE period = '2020-12'").stream()
                .collect(Collectors.toMap(row -> (String) row.get("INDICATOR"), row -> plain(row.get("value"))));
    }

    private static String plain(Object value) {
        return ((java.math.BigDecimal) value).toPlainString();
    }

    private void intakeReturn(long id, String village, String status) {
        jdbc.update("INSERT INTO intake_return (id, period, file_name, sha256, file_size, file_modified_at, status, "
                + "village_code, village_name, rows_read) VALUES (?, '2020-12', ?, 'ab', 1, ?, ?, ?, '村', 6)", id,
                id + ".xlsx",
                Timestamp.from(Instant.now()), status, village);
    }

    private void toilet(long returnId, int row, boolean poor, boolean repeat) {
        toilet(returnId, row, poor, repeat, "已验收");
    }

    private void toilet(long returnId, int row, boolean poor, boolean repeat, String acceptance) {
        jdbc.update("INSERT INTO toilet_row (return_id, row_no, householder, id_number, toilet_type, poor_household, "
                + "completed_on, acceptance, subsidy_yuan, duplicate) VALUES (?, ?, '张三', ?, '其他', ?, "
                + "DATE '2020-05-03', ?, 1000, ?)", returnId, row, "37098219800101" + returnId + "00" + row, poor,
                acceptance, repeat);
    }
}
