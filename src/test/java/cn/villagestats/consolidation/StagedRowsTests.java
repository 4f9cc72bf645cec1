package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cn.villagestats.programme.Programmes;
import cn.villagestats.programme.roads.RoadProgramme;
import cn.villagestats.programme.roads.RoadRecord;
import cn.villagestats.programme.surveillance.SurveillanceProgramme;
import cn.villagestats.programme.surveillance.SurveillanceRecord;
import cn.villagestats.programme.toilets.ToiletProgramme;
import cn.villagestats.programme.toilets.ToiletRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staged rows hold exactly what was validated: texts with quotes, commas and line breaks,
 * absent values, and dates of any century.
 */
class StagedRowsTests extends JobTestSupport {

    @Autowired
    ReturnLedger ledger;
    @Autowired
    StagingRepository staging;
    @Autowired
    Programmes programmes;

    @Test
    void shouldStageTextsThatLookLikeCsvAndAbsentValuesAsWritten() {
        // given a return and rows whose texts hold what CSV quotes, and whose optional values are absent
        long returnId = pendingReturn();
        LocalDate day = LocalDate.of(2020, 6, 30);
        ToiletRecord quoted = new ToiletRecord(2, "王\"小\",二", "370982198001011234", "一组\n二组", "三格式", true, day,
                "已验收", new BigDecimal("900.50"));
        ToiletRecord bare = new ToiletRecord(3, "  李四\\ ", "37098219800101123X", null, "双瓮式", false, day, "未验收",
                null);
        ToiletRecord empty = new ToiletRecord(4, "张三", "370982198001011250", "", "三格式", false, day, "已验收",
                BigDecimal.ZERO);
        RoadRecord road = new RoadRecord(2, "村\"东\",路", new BigDecimal("120.5"), new BigDecimal("3.5"),
                new BigDecimal("421.75"), "水泥", false, null, day, null);
        SurveillanceRecord point = new SurveillanceRecord(2, "村口,\"东\"", "村口", 2, 1, true, null);

        // when
        staging.insert(ToiletProgramme.TABLE, returnId, List.of(quoted, bare, empty));
        staging.insert(RoadProgramme.TABLE, returnId, List.of(road));
        staging.insert(SurveillanceProgramme.TABLE, returnId, List.of(point));

        // then each reads back as it went in, an empty text empty and an absent value null
        assertThat(jdbc.query("SELECT row_no, householder, id_number, group_name, toilet_type, poor_household, "
                + "completed_on, acceptance, subsidy_yuan FROM toilet_row WHERE return_id = ? ORDER BY row_no",
                (rs, i) -> new ToiletRecord(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getBigDecimal(9) == null ? null : rs.getBigDecimal(9).stripTrailingZeros()), returnId))
                .containsExactly(withoutZeros(quoted), bare, withoutZeros(empty));
        Map<String, Object> staged = jdbc.queryForMap("SELECT road_name, households_served, investment_10k_yuan, "
                + "area_m2 FROM road_row WHERE return_id = ?", returnId);
        assertThat(staged.get("road_name")).isEqualTo("村\"东\",路");
        assertThat(staged.get("households_served")).isNull();
        assertThat(staged.get("investment_10k_yuan")).isNull();
        assertThat((BigDecimal) staged.get("area_m2")).isEqualByComparingTo("421.75");
        Map<String, Object> stagedPoint = jdbc.queryForMap("SELECT point_name, built_on FROM surveillance_row "
                + "WHERE return_id = ?", returnId);
        assertThat(stagedPoint.get("point_name")).isEqualTo("村口,\"东\"");
        assertThat(stagedPoint.get("built_on")).isNull();
    }

    @Test
    void shouldStageADateBeforeTheGregorianReformAsWritten() {
        // given a return and 建成日期 written as text, which has no year range to keep it recent
        long returnId = pendingReturn();
        LocalDate longAgo = LocalDate.of(1000, 1, 1);
        LocalDate recent = LocalDate.of(2020, 6, 30);

        // when
        staging.insert(SurveillanceProgramme.TABLE, returnId, List.of(
                new SurveillanceRecord(2, "村口", "村口", 2, 2, true, longAgo),
                new SurveillanceRecord(3, "学校", "学校", 2, 1, true, recent)));

        // then the database holds the same days (java.sql.Date would shift the first by the Julian calendar)
        assertThat(jdbc.query("SELECT built_on FROM surveillance_row WHERE return_id = ? ORDER BY row_no",
                (rs, i) -> rs.getObject(1, LocalDate.class), returnId)).containsExactly(longAgo, recent);
    }

    @Test
    void shouldStageEachRowWithItsOwnValuesWhenAStatementInsertsSeveral() {
        // given a return, and statements of 3 rows each (on PostgreSQL too: no COPY), and rows that fill two
        // statements and leave one over
        long returnId = pendingReturn();
        StagingRepository threeAStatement = new StagingRepository(jdbc, programmes, false, 3);
        List<ToiletRecord> toilets = IntStream.rangeClosed(2, 8).mapToObj(row -> new ToiletRecord(row, "户主" + row,
                "3709821980010112" + (10 + row), row % 2 == 0 ? null : "组" + row, "三格式", row % 3 == 0,
                LocalDate.of(2020, 6, row), row % 2 == 0 ? "已验收" : "未验收",
                row == 5 ? null : BigDecimal.valueOf(100 * row))).toList();
        List<RoadRecord> roads = IntStream.rangeClosed(2, 8).mapToObj(row -> new RoadRecord(row, "路" + row,
                BigDecimal.valueOf(10 * row), BigDecimal.valueOf(row), BigDecimal.valueOf(100 * row), "水泥",
                row % 2 == 0, row % 2 == 0 ? row : null, LocalDate.of(2020, 7, row), null)).toList();
        List<SurveillanceRecord> points = IntStream.rangeClosed(2, 5).mapToObj(row -> new SurveillanceRecord(row,
                "点" + row, "村口", row, row - 1, row % 2 == 0, LocalDate.of(2020, 8, row))).toList();

        // when
        threeAStatement.insert(ToiletProgramme.TABLE, returnId, toilets);
        threeAStatement.insert(RoadProgramme.TABLE, returnId, roads);
        threeAStatement.insert(SurveillanceProgramme.TABLE, returnId, points);

        // then every row reads back as it went in, not shifted into a neighbour's place
        assertThat(jdbc.query("SELECT row_no, householder, id_number, group_name, toilet_type, poor_household, "
                + "completed_on, acceptance, subsidy_yuan FROM toilet_row WHERE return_id = ? ORDER BY row_no",
                (rs, i) -> new ToiletRecord(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getBigDecimal(9) == null ? null : rs.getBigDecimal(9).stripTrailingZeros()), returnId))
                .containsExactlyElementsOf(toilets.stream().map(r -> r.subsidyYuan() == null ? r : withoutZeros(r))
                        .toList());
        assertThat(jdbc.query("SELECT row_no, road_name, length_m, households_served, completed_on FROM road_row "
                + "WHERE return_id = ? ORDER BY row_no", (rs, i) -> List.<Object>of(rs.getInt(1), rs.getString(2),
                rs.getBigDecimal(3).intValue(), String.valueOf(rs.getObject(4)), rs.getObject(5, LocalDate.class)),
                returnId)).containsExactlyElementsOf(roads.stream().map(r -> List.<Object>of(r.rowNumber(),
                r.roadName(), r.lengthM().intValue(), String.valueOf(r.householdsServed()), r.completedOn())).toList());
        assertThat(jdbc.query("SELECT point_name, cameras, cameras_online, built_on FROM surveillance_row "
                + "WHERE return_id = ? ORDER BY row_no", (rs, i) -> List.<Object>of(rs.getString(1), rs.getInt(2),
                rs.getInt(3), rs.getObject(4, LocalDate.class)), returnId))
                .containsExactlyElementsOf(points.stream().map(p -> List.<Object>of(p.pointName(), p.cameras(),
                        p.camerasOnline(), p.builtOn())).toList());
    }

    private long pendingReturn() {
        ledger.insertPending("2020-12", List.of(new InboxFile("东村.xlsx", Path.of("东村.xlsx"), "0".repeat(64), 1,
                Instant.parse("2021-01-03T01:00:00Z"))));
        return ledger.findByPeriod("2020-12").get(0).id();
    }

    private static ToiletRecord withoutZeros(ToiletRecord r) {
        return new ToiletRecord(r.rowNumber(), r.householder(), r.idNumber(), r.group(), r.toiletType(),
                r.poorHousehold(), r.completedOn(), r.acceptance(), r.subsidyYuan().stripTrailingZeros());
    }
}
