package cn.villagestats.consolidation;

import java.sql.Types;
import java.util.List;

import cn.villagestats.validation.ReturnWarning;
import cn.villagestats.validation.RoadRecord;
import cn.villagestats.validation.SurveillanceRecord;
import cn.villagestats.validation.ToiletRecord;
import cn.villagestats.validation.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The staging tables: accepted rows by programme and rejected cells, keyed by return. An
 * empty list writes nothing and costs no statement (most chunks hold one programme only).
 * Dates go in as {@code LocalDate}: through {@code java.sql.Date} a day before 1582 would be
 * shifted by the Julian calendar.
 */
@Repository
class StagingRepository {

    static final String ROW_REJECTION = "row";
    static final String DUPLICATE_REJECTION = "duplicate";
    static final String LOAD_WARNING = "load";
    static final String REGISTRY_WARNING = "registry";
    static final String PREVIOUS_WARNING = "previous";

    private final JdbcTemplate jdbc;

    StagingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes whatever an earlier, interrupted load of this return staged. */
    void clear(long returnId) {
        for (String table : List.of("toilet_row", "road_row", "surveillance_row", "rejected_cell",
                "return_warning")) {
            jdbc.update("DELETE FROM " + table + " WHERE return_id = ?", returnId);
        }
    }

    void insertToilets(long returnId, List<ToiletRecord> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO toilet_row (return_id, row_no, householder, id_number, group_name, toilet_type, "
                + "poor_household, completed_on, acceptance, subsidy_yuan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, returnId);
                    ps.setInt(2, r.rowNumber());
                    ps.setString(3, r.householder());
                    ps.setString(4, r.idNumber());
                    ps.setString(5, r.group());
                    ps.setString(6, r.toiletType());
                    ps.setBoolean(7, r.poorHousehold());
                    ps.setObject(8, r.completedOn(), Types.DATE);
                    ps.setString(9, r.acceptance());
                    ps.setBigDecimal(10, r.subsidyYuan());
                });
    }

    void insertRoads(long returnId, List<RoadRecord> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO road_row (return_id, row_no, road_name, length_m, width_m, area_m2, surface, "
                + "household_access, households_served, completed_on, investment_10k_yuan) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, returnId);
                    ps.setInt(2, r.rowNumber());
                    ps.setString(3, r.roadName());
                    ps.setBigDecimal(4, r.lengthM());
                    ps.setBigDecimal(5, r.widthM());
                    ps.setBigDecimal(6, r.areaM2());
                    ps.setString(7, r.surface());
                    ps.setBoolean(8, r.householdAccess());
                    if (r.householdsServed() == null) {
                        ps.setNull(9, Types.INTEGER);
                    } else {
                        ps.setInt(9, r.householdsServed());
                    }
                    ps.setObject(10, r.completedOn(), Types.DATE);
                    ps.setBigDecimal(11, r.investment10kYuan());
                });
    }

    void insertSurveillance(long returnId, List<SurveillanceRecord> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO surveillance_row (return_id, row_no, point_name, point_type, cameras, "
                + "cameras_online, connected, built_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(),
                (ps, r) -> {
                    ps.setLong(1, returnId);
                    ps.setInt(2, r.rowNumber());
                    ps.setString(3, r.pointName());
                    ps.setString(4, r.pointType());
                    ps.setInt(5, r.cameras());
                    ps.setInt(6, r.camerasOnline());
                    ps.setBoolean(7, r.connected());
                    ps.setObject(8, r.builtOn(), Types.DATE);
                });
    }

    void insertRejections(long returnId, String kind, List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO rejected_cell (return_id, kind, sheet, row_no, column_name, cell_value, "
                + "reason_zh, reason_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", violations, violations.size(), (ps, v) -> {
                    ps.setLong(1, returnId);
                    ps.setString(2, kind);
                    ps.setString(3, v.sheet());
                    ps.setInt(4, v.rowNumber());
                    ps.setString(5, v.column());
                    ps.setString(6, clip(v.value(), 500));
                    ps.setString(7, clip(v.reasonZh(), 1000));
                    ps.setString(8, clip(v.reasonEn(), 1000));
                });
    }

    void insertWarnings(long returnId, String kind, List<ReturnWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO return_warning (return_id, kind, sheet, row_no, column_name, cell_value, "
                + "reason_zh, reason_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", warnings, warnings.size(), (ps, w) -> {
                    ps.setLong(1, returnId);
                    ps.setString(2, kind);
                    ps.setString(3, clip(w.sheet(), 64));
                    ps.setInt(4, w.rowNumber());
                    ps.setString(5, clip(w.column(), 64));
                    ps.setString(6, clip(w.value(), 500));
                    ps.setString(7, clip(w.reasonZh(), 1000));
                    ps.setString(8, clip(w.reasonEn(), 1000));
                });
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
