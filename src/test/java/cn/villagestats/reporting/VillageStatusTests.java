package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 分村明细's status of each registry village: 已报 when a return was accepted, 已报·被退回
 * when returns came but every one was rejected whole, 未报 when nothing came.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:village-status;DB_CLOSE_DELAY=-1")
class VillageStatusTests {

    private static final String QUANLI = "370982104202";
    private static final String WENCHENG = "370982104203";
    private static final String WANGJIAZHUANG = "370982104204";
    private static final String OTHER_PERIOD_ONLY = "370982104205";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TotalsRepository totals;
    @Autowired
    TotalsAggregator aggregator;

    private long ids;

    @BeforeEach
    void returnsOfFourVillages() {
        // given 泉里村 rejected and then accepted, 汶城村 rejected twice, 王家庄村 rejected in another month only
        for (String table : List.of("rejected_cell", "toilet_row", "road_row", "surveillance_row", "intake_return",
                "village_total", "township_total")) {
            jdbc.update("DELETE FROM " + table);
        }
        insert("2020-12", "泉里村-1.xlsx", "rejected", QUANLI);
        insert("2020-12", "泉里村-2.xlsx", "accepted", QUANLI);
        insert("2020-12", "汶城村.xlsx", "rejected", WENCHENG);
        insert("2020-12", "汶城村(1).xlsx", "rejected", WENCHENG);
        insert("2020-11", "王家庄村.xlsx", "rejected", WANGJIAZHUANG);
        insert("2020-12", "看不出是谁的.xlsx", "rejected", null);
        insert("2020-11", "另一个月.xlsx", "accepted", OTHER_PERIOD_ONLY);
        aggregator.aggregate("2020-12", 1);
    }

    @Test
    void shouldTellAcceptedRejectedAndMissingVillagesApart() {
        // when
        List<VillageTotals> villages = new ArrayList<>();
        totals.forEachVillage("2020-12", villages::add);

        // then
        assertThat(villages).hasSize(43).extracting(VillageTotals::villageCode).doesNotHaveDuplicates();
        assertThat(villages).filteredOn(v -> v.villageCode().compareTo(OTHER_PERIOD_ONLY) <= 0)
                .extracting(VillageTotals::villageCode, VillageTotals::status)
                .containsExactly(tuple("370982104201", "未报"), tuple(QUANLI, "已报"), tuple(WENCHENG, "已报·被退回"),
                        tuple(WANGJIAZHUANG, "未报"), tuple(OTHER_PERIOD_ONLY, "未报"));
        assertThat(villages).filteredOn(v -> v.status().equals(VillageTotals.REJECTED)).singleElement()
                .satisfies(v -> assertThat(v.value("returns.received")).isEqualByComparingTo("0"));
        assertThat(villages).filteredOn(v -> v.status().equals(VillageTotals.REPORTED)).singleElement()
                .satisfies(v -> assertThat(v.value("returns.received")).isEqualByComparingTo("1"));
    }

    @Test
    void shouldLeaveARejectedVillageOutOfTheMissingOnes() {
        // when
        List<VillageTotals> missing = totals.missingVillages("2020-12");

        // then
        assertThat(missing).hasSize(41).extracting(VillageTotals::villageCode).doesNotContain(QUANLI, WENCHENG)
                .contains(WANGJIAZHUANG, OTHER_PERIOD_ONLY);
    }

    private void insert(String period, String file, String status, String villageCode) {
        jdbc.update("INSERT INTO intake_return (id, period, file_name, sha256, file_size, file_modified_at, status, "
                + "village_code, rows_read, rows_accepted) VALUES (?, ?, ?, 'ab', 1, ?, ?, ?, 0, 0)", ++ids, period,
                file, Timestamp.from(Instant.now()), status, villageCode);
    }
}
