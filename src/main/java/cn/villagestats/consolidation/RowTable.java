package cn.villagestats.consolidation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

import cn.villagestats.validation.RoadRecord;
import cn.villagestats.validation.SurveillanceRecord;
import cn.villagestats.validation.ToiletRecord;

/**
 * A staging table of accepted rows, one per programme: its columns after {@code return_id},
 * and how a record fills them, as INSERT parameters or as a COPY line. Dates go in as
 * {@code LocalDate}: through {@code java.sql.Date} a day before 1582 would be shifted by the
 * Julian calendar.
 */
record RowTable<T>(String name, String columns, Binder<T> parameters, BiConsumer<PostgresCopy.Line, T> line) {

    /** Sets a record's parameters, the first of them at {@code first + 1}: {@code first} is its return id's. */
    interface Binder<T> {
        void bind(PreparedStatement ps, int first, T record) throws SQLException;
    }

    static final RowTable<ToiletRecord> TOILETS = new RowTable<>("toilet_row", "row_no, householder, id_number, "
            + "group_name, toilet_type, poor_household, completed_on, acceptance, subsidy_yuan", (ps, at, r) -> {
                ps.setInt(at + 1, r.rowNumber());
                ps.setString(at + 2, r.householder());
                ps.setString(at + 3, r.idNumber());
                ps.setString(at + 4, r.group());
                ps.setString(at + 5, r.toiletType());
                ps.setBoolean(at + 6, r.poorHousehold());
                ps.setObject(at + 7, r.completedOn(), Types.DATE);
                ps.setString(at + 8, r.acceptance());
                ps.setBigDecimal(at + 9, r.subsidyYuan());
            }, (line, r) -> line.value(r.rowNumber()).text(r.householder()).text(r.idNumber()).text(r.group())
                    .text(r.toiletType()).value(r.poorHousehold()).value(r.completedOn()).text(r.acceptance())
                    .value(r.subsidyYuan()));

    static final RowTable<RoadRecord> ROADS = new RowTable<>("road_row", "row_no, road_name, length_m, width_m, "
            + "area_m2, surface, household_access, households_served, completed_on, investment_10k_yuan",
            (ps, at, r) -> {
                ps.setInt(at + 1, r.rowNumber());
                ps.setString(at + 2, r.roadName());
                ps.setBigDecimal(at + 3, r.lengthM());
                ps.setBigDecimal(at + 4, r.widthM());
                ps.setBigDecimal(at + 5, r.areaM2());
                ps.setString(at + 6, r.surface());
                ps.setBoolean(at + 7, r.householdAccess());
                if (r.householdsServed() == null) {
                    ps.setNull(at + 8, Types.INTEGER);
                } else {
                    ps.setInt(at + 8, r.householdsServed());
                }
                ps.setObject(at + 9, r.completedOn(), Types.DATE);
                ps.setBigDecimal(at + 10, r.investment10kYuan());
            }, (line, r) -> line.value(r.rowNumber()).text(r.roadName()).value(r.lengthM()).value(r.widthM())
                    .value(r.areaM2()).text(r.surface()).value(r.householdAccess()).value(r.householdsServed())
                    .value(r.completedOn()).value(r.investment10kYuan()));

    static final RowTable<SurveillanceRecord> POINTS = new RowTable<>("surveillance_row", "row_no, point_name, "
            + "point_type, cameras, cameras_online, connected, built_on", (ps, at, r) -> {
                ps.setInt(at + 1, r.rowNumber());
                ps.setString(at + 2, r.pointName());
                ps.setString(at + 3, r.pointType());
                ps.setInt(at + 4, r.cameras());
                ps.setInt(at + 5, r.camerasOnline());
                ps.setBoolean(at + 6, r.connected());
                ps.setObject(at + 7, r.builtOn(), Types.DATE);
            }, (line, r) -> line.value(r.rowNumber()).text(r.pointName()).text(r.pointType()).value(r.cameras())
                    .value(r.camerasOnline()).value(r.connected()).value(r.builtOn()));

    /** An INSERT of {@code rows} rows: a statement of many rows costs H2 less per row than as many statements. */
    String insert(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(width(), "?")) + ")";
        return "INSERT INTO " + name + " (return_id, " + columns + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    /** Sets the parameters of an {@link #insert(int)} of as many rows as {@code records}. */
    void bind(PreparedStatement ps, long returnId, List<T> records) throws SQLException {
        int width = width();
        for (int i = 0; i < records.size(); i++) {
            ps.setLong(i * width + 1, returnId);
            parameters.bind(ps, i * width + 1, records.get(i));
        }
    }

    /** Parameters a row: the return id and the columns. */
    private int width() {
        return columns.split(",").length + 1;
    }
}
