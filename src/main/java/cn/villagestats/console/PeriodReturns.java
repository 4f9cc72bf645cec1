package cn.villagestats.console;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The registry's villages and the returns of a period, as 报送情况 and a village's page show them. */
@Repository
public class PeriodReturns {

    private static final String RETURNS = "SELECT v.code, v.name, r.file_name, r.status, r.loaded_at, r.rows_read, "
            + "r.rows_rejected, r.reason_zh FROM village v LEFT JOIN intake_return r ON r.village_code = v.code "
            + "AND r.period = ? ";

    private final JdbcTemplate jdbc;

    PeriodReturns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every registry village in code order, by the return that counts for it, else its latest. */
    public List<VillageLine> villages(String period) {
        Map<String, VillageLine> lines = new LinkedHashMap<>();
        jdbc.query(RETURNS + "ORDER BY v.code, r.id", (RowCallbackHandler) rs -> {
            VillageLine line = line(rs);
            VillageLine held = lines.get(line.code());
            if (held == null || !held.reported()) {
                lines.put(line.code(), line);
            }
        }, period);
        return new ArrayList<>(lines.values());
    }

    /** One village's returns of the period, oldest first; empty when it sent none. */
    List<VillageLine> returns(String period, String villageCode) {
        return jdbc.query(RETURNS + "WHERE v.code = ? AND r.id IS NOT NULL ORDER BY r.id",
                (rs, i) -> line(rs), period, villageCode);
    }

    private static VillageLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp loaded = rs.getTimestamp(5);
        return new VillageLine(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(3),
                loaded == null ? null : loaded.toLocalDateTime(), rs.getInt(6), rs.getInt(7), rs.getString(8));
    }
}
