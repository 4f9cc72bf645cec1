package cn.villagestats.consolidation;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Not a test: asks whether the aggregate's reading back of a large return could be done as the
 * rows are staged. Stages N toilet rows into a fresh H2 file in chunks of 500, each committed,
 * without and with one {@code INSERT ... SELECT} per chunk that groups the chunk's rows (just
 * staged) into partial totals, then groups the return's rows as the aggregate does, in bands of
 * 100,000. Last, the same grouping over a chunk's values passed as arrays ({@code UNNEST}), on
 * H2 and on the PostgreSQL of {@code jdbc.postgres} when it answers. The table is
 * {@code toilet_row} as V1 and V4 leave it, the grouping {@code ProgrammeTotals.TOILETS}'.
 * Run as the nightly does, C1 only:
 * {@code java -XX:TieredStopAtLevel=1 -cp <test classpath> cn.villagestats.consolidation.ChunkGroupingMeasurement 1000000}.
 */
final class ChunkGroupingMeasurement {

    private static final int CHUNK = 500;
    private static final String TOTALS = "COUNT(*), SUM(CASE WHEN x.poor_household THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN x.acceptance = '已验收' THEN 1 ELSE 0 END), COALESCE(SUM(x.subsidy_yuan), 0)";

    private ChunkGroupingMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (int round = 1; round <= 2; round++) {
            for (boolean grouped : new boolean[] {false, true}) {
                stageAndReadBack(rows, grouped, round);
            }
        }
        overArrays("jdbc:h2:mem:arrays", rows);
        String postgres = System.getProperty("jdbc.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        try {
            overArrays(postgres, rows);
        } catch (SQLException e) {
            System.out.println("PostgreSQL not measured: " + e.getMessage());
        }
    }

    private static void stageAndReadBack(int rows, boolean grouped, int round) throws Exception {
        Path folder = Files.createTempDirectory("chunk-grouping");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("db") + ";QUERY_CACHE_SIZE=64")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE toilet_row (return_id BIGINT NOT NULL, row_no INTEGER NOT NULL, "
                        + "householder VARCHAR(64) NOT NULL, id_number VARCHAR(18) NOT NULL, group_name VARCHAR(64), "
                        + "toilet_type VARCHAR(32) NOT NULL, poor_household BOOLEAN NOT NULL, completed_on DATE NOT NULL, "
                        + "acceptance VARCHAR(16) NOT NULL, subsidy_yuan DECIMAL(12, 2), "
                        + "duplicate BOOLEAN NOT NULL DEFAULT FALSE, PRIMARY KEY (return_id, row_no))");
                s.execute("CREATE TABLE chunk_total (return_id BIGINT NOT NULL, first_row INTEGER NOT NULL, households "
                        + "BIGINT, poor BIGINT, accepted BIGINT, subsidy DECIMAL(20, 2), PRIMARY KEY (return_id, first_row))");
            }
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("INSERT INTO toilet_row (return_id, row_no, householder, "
                    + "id_number, group_name, toilet_type, poor_household, completed_on, acceptance, subsidy_yuan) "
                    + "VALUES (2, ?, '张三丰', ?, '第一组', '三格式', ?, ?, '已验收', ?)");
            PreparedStatement group = c.prepareStatement("INSERT INTO chunk_total SELECT 2, ?, " + TOTALS
                    + " FROM toilet_row x WHERE x.return_id = 2 AND x.row_no >= ? AND x.row_no < ?");
            Date day = Date.valueOf("2020-12-01");
            BigDecimal subsidy = new BigDecimal("1200.00");
            long start = System.nanoTime();
            long grouping = 0;
            for (int from = 2; from < rows + 2; from += CHUNK) {
                int end = Math.min(from + CHUNK, rows + 2);
                for (int row = from; row < end; row++) {
                    insert.setInt(1, row);
                    insert.setString(2, String.format("370982%012d", row * 7919L % 1_000_000_000_000L));
                    insert.setBoolean(3, (row & 3) == 0);
                    insert.setDate(4, day);
                    insert.setBigDecimal(5, subsidy);
                    insert.addBatch();
                }
                insert.executeBatch();
                if (grouped) {
                    long g = System.nanoTime();
                    group.setInt(1, from);
                    group.setInt(2, from);
                    group.setInt(3, end);
                    group.executeUpdate();
                    grouping += System.nanoTime() - g;
                }
                c.commit();
            }
            double staging = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            long read = System.nanoTime();
            long counted = 0;
            try (PreparedStatement band = c.prepareStatement("SELECT " + TOTALS + " FROM toilet_row x "
                    + "WHERE x.return_id = 2 AND x.row_no >= ? AND x.row_no < ? AND NOT x.duplicate")) {
                for (int from = 0; from < rows + 2; from += 100_000) {
                    band.setInt(1, from);
                    band.setInt(2, from + 100_000);
                    try (ResultSet rs = band.executeQuery()) {
                        rs.next();
                        counted += rs.getLong(1);
                    }
                }
            }
            System.out.printf("round %d, %s: staged %,d rows in %.2f s (grouping chunks %.2f s); read back %,d in %.2f s%n",
                    round, grouped ? "grouped per chunk" : "rows only", rows, staging, grouping / 1e9, counted,
                    (System.nanoTime() - read) / 1e9);
        }
    }

    private static void overArrays(String url, int rows) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            PreparedStatement group = c.prepareStatement("SELECT " + TOTALS + " FROM UNNEST(CAST(? AS BOOLEAN ARRAY), "
                    + "CAST(? AS VARCHAR(16) ARRAY), CAST(? AS DECIMAL(12, 2) ARRAY)) AS x(poor_household, acceptance, "
                    + "subsidy_yuan)");
            Boolean[] poor = new Boolean[CHUNK];
            String[] acceptance = new String[CHUNK];
            BigDecimal[] subsidy = new BigDecimal[CHUNK];
            for (int i = 0; i < CHUNK; i++) {
                poor[i] = (i & 3) == 0;
                acceptance[i] = i % 5 == 0 ? "未验收" : "已验收";
                subsidy[i] = i % 7 == 0 ? null : new BigDecimal("1200.50");
            }
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                long counted = 0;
                for (int chunk = 0; chunk < rows / CHUNK; chunk++) {
                    group.setArray(1, c.createArrayOf("BOOLEAN", poor));
                    group.setArray(2, c.createArrayOf("VARCHAR", acceptance));
                    group.setArray(3, c.createArrayOf("NUMERIC", subsidy));
                    try (ResultSet rs = group.executeQuery()) {
                        rs.next();
                        counted += rs.getLong(1);
                    }
                }
                System.out.printf("%s, round %d: grouped %,d rows over arrays in %.2f s%n", c.getMetaData()
                        .getDatabaseProductName(), round, counted, (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
