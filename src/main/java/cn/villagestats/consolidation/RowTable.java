package cn.villagestats.consolidation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
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

    /** Sets a record's parameters from the second on; the first is the return id. */
    interface Binder<T> {
        void bind(PreparedStatement ps, T record) throws SQLException;
    }

    static final RowTable<ToiletRecord> TOILETS = new RowTable<>("toilet_row", "row_no, householder, id_number, "
            + "group_name, toilet_type, poor_household, completed_on, acceptance, subsidy_yuan", (ps, r) -> {
                ps.setInt(2, r.rowNumber());
                ps.setString(3, r.householder());
                ps.setString(4, r.idNumber());
                ps.setString(5, r.group());
                ps.setString(6, r.toiletType());
                ps.setBoolean(7, r.poorHousehold());
                ps.setObject(8, r.completedOn(), Types.DATE);
                ps.setString(9, r.acceptance());
                ps.setBigDecimal(10, r.subsidyYuan());
            }, (line, r) -> line.value(r.rowNumber()).text(r.householder()).text(r.idNumber()).text(r.group())
                    .text(r.toiletType()).value(r.poorHousehold()).value(r.completedOn()).text(r.acceptance())
                    .value(r.subsidyYuan()));

    static final RowTable<RoadRecord> ROADS = new RowTable<>("road_row", "row_no, road_name, length_m, width_m, "
            + "area_m2, surface, household_access, households_served, completed_on, investment_10k_yuan", (ps, r) -> {
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
            }, (line, r) -> line.value(r.rowNumber()).text(r.roadName()).value(r.lengthM()).value(r.widthM())
                    .value(r.areaM2()).text(r.surface()).value(r.householdAccess()).value(r.householdsServed())
                    .value(r.completedOn()).value(r.investment10kYuan()));

    static final RowTable<SurveillanceRecord> POINTS = new RowTable<>("surveillance_row", "row_no, point_name, "
            + "point_type, cameras, cameras_online, connected, built_on", (ps, r) -> {
                ps.setInt(2, r.rowNumber());
                ps.setString(3, r.pointName());
                ps.setString(4, r.pointType());
                ps.setInt(5, r.cameras());
                ps.setInt(6, r.camerasOnline());
                ps.setBoolean(7, r.connected());
                ps.setObject(8, r.builtOn(), Types.DATE);
            }, (line, r) -> line.value(r.rowNumber()).text(r.pointName()).text(r.pointType()).value(r.cameras())
                    .value(r.camerasOnline()).value(r.connected()).value(r.builtOn()));

    String insert() {
        int values = columns.split(",").length + 1;
        return "INSERT INTO " + name + " (return_id, " + columns + ") VALUES ("
                + String.join(", ", Collections.nCopies(values, "?")) + ")";
    }
}
