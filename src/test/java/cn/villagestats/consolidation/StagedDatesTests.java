package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.villagestats.validation.SurveillanceRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A date is staged as the clerk wrote it, whatever its century. */
class StagedDatesTests extends JobTestSupport {

    @Autowired
    ReturnLedger ledger;
    @Autowired
    StagingRepository staging;

    @Test
    void shouldStageADateBeforeTheGregorianReformAsWritten() {
        // given a return and 建成日期 written as text, which has no year range to keep it recent
        long returnId = ledger.insertPending("2020-12", new InboxFile("东村.xlsx", Path.of("东村.xlsx"),
                "0".repeat(64), 1, Instant.parse("2021-01-03T01:00:00Z")));
        LocalDate longAgo = LocalDate.of(1000, 1, 1);
        LocalDate recent = LocalDate.of(2020, 6, 30);

        // when
        staging.insertSurveillance(returnId, List.of(
                new SurveillanceRecord(2, "村口", "村口", 2, 2, true, longAgo),
                new SurveillanceRecord(3, "学校", "学校", 2, 1, true, recent)));

        // then the database holds the same days (java.sql.Date would shift the first by the Julian calendar)
        assertThat(jdbc.query("SELECT built_on FROM surveillance_row WHERE return_id = ? ORDER BY row_no",
                (rs, i) -> rs.getObject(1, LocalDate.class), returnId)).containsExactly(longAgo, recent);
    }
}
