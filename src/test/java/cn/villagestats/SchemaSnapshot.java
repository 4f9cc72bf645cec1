package cn.villagestats;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database's own schema looks like, read from {@code information_schema} and the
 * JDBC metadata in a form comparable between two databases of one engine: columns with
 * their types, keys and foreign keys by their columns, indexes by their columns (names
 * the engine makes up are left out), and the migrations applied. Flyway's own table is
 * named in quotes: H2 keeps its lower-case name.
 */
record SchemaSnapshot(List<String> columns, TreeSet<String> constraints, TreeSet<String> foreignKeys,
                      TreeSet<String> indexes, List<String> history) {

    static SchemaSnapshot of(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> columns = jdbc.query("SELECT table_name, column_name, ordinal_position, data_type, is_nullable, "
                        + "character_maximum_length, numeric_precision, numeric_scale, is_identity, column_default "
                        + "FROM information_schema.columns WHERE LOWER(table_schema) = 'public' "
                        + "ORDER BY LOWER(table_name), ordinal_position",
                (rs, i) -> row(rs, 10));
        Map<String, List<String>> keyColumns = new TreeMap<>();
        jdbc.query("SELECT tc.table_name, tc.constraint_type, tc.constraint_name, k.column_name "
                + "FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k "
                + "ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name "
                + "AND k.table_name = tc.table_name WHERE LOWER(tc.table_schema) = 'public' "
                + "ORDER BY k.ordinal_position", rs -> {
                    keyColumns.computeIfAbsent(lower(rs.getString(1)) + "|" + rs.getString(2) + "|"
                            + rs.getString(3), k -> new ArrayList<>()).add(lower(rs.getString(4)));
                });
        TreeSet<String> constraints = new TreeSet<>();
        keyColumns.forEach((key, cols) -> {
            // the name is left out: the engine makes up those of keys declared without one
            constraints.add(key.substring(0, key.lastIndexOf('|')) + " " + cols);
        });
        TreeSet<String> foreignKeys = new TreeSet<>(jdbc.query("SELECT tc.table_name, u.table_name, rc.delete_rule "
                + "FROM information_schema.referential_constraints rc JOIN information_schema.table_constraints tc "
                + "ON tc.constraint_schema = rc.constraint_schema AND tc.constraint_name = rc.constraint_name "
                + "JOIN information_schema.table_constraints u ON u.constraint_schema = rc.unique_constraint_schema "
                + "AND u.constraint_name = rc.unique_constraint_name WHERE LOWER(rc.constraint_schema) = 'public'",
                (rs, i) -> row(rs, 3)));
        List<String> history = jdbc.query("SELECT \"version\", \"description\", \"checksum\", "
                + "\"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"", (rs, i) -> row(rs, 4));
        return new SchemaSnapshot(columns, constraints, foreignKeys, indexes(dataSource, columns), history);
    }

    private static TreeSet<String> indexes(DataSource dataSource, List<String> columns) {
        TreeSet<String> tables = new TreeSet<>();
        columns.forEach(c -> tables.add(c.substring(0, c.indexOf('|'))));
        Map<String, List<String>> indexes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : tables) {
                String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
                try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("COLUMN_NAME") == null) {
                            continue;
                        }
                        String index = lower(rs.getString("INDEX_NAME"));
                        String key = table + " " + (rs.getBoolean("NON_UNIQUE") ? "index" : "unique") + " "
                                + (index.startsWith("ix_") ? index : "") + "#" + index;
                        indexes.computeIfAbsent(key, k -> new ArrayList<>()).add(lower(rs.getString("COLUMN_NAME")));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        TreeSet<String> result = new TreeSet<>();
        indexes.forEach((key, cols) -> result.add(key.substring(0, key.indexOf('#')) + " " + cols));
        return result;
    }

    private static String row(ResultSet rs, int columns) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
            row.append(i == 1 ? "" : "|").append(lower(rs.getString(i)));
        }
        return row.toString();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
