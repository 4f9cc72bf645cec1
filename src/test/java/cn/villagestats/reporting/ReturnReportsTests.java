package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which of a period's files have something to tell their village. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1")
class ReturnReportsTests {

    @Autowired
    ReturnReports reports;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyReturns() {
        for (String table : new String[] {"rejected_cell", "return_warning", "intake_return"}) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    @Test
    void shouldTellTheFilesWithARejectedCellOrAWarningAndNoOther() {
        // given a return with a rejected cell, one with a warning, a clean one, one of another
        // period with a warning, and a rejected file's cell (its reason is told otherwise)
        intakeReturn(1, "2020-12", "泉里村.xlsx", "accepted");
        intakeReturn(2, "2020-12", "宫西村.xlsx", "accepted");
        intakeReturn(3, "2020-12", "南岭村.xlsx", "accepted");
        intakeReturn(4, "2020-11", "北岭村.xlsx", "accepted");
        intakeReturn(5, "2020-12", "坏文件.xlsx", "rejected");
        problem("rejected_cell", 1);
        problem("return_warning", 2);
        problem("return_warning", 4);
        problem("rejected_cell", 5);

        // when / then
        assertThat(reports.filesToTell("2020-12")).containsExactlyInAnyOrder("泉里村.xlsx", "宫西村.xlsx");
    }

    private void intakeReturn(long id, String period, String file, String status) {
        jdbc.update("INSERT INTO intake_return (id, period, file_name, sha256, file_size, file_modified_at, status) "
                + "VALUES (?, ?, ?, 'ab', 1, ?, ?)", id, period, file, Timestamp.from(Instant.now()), status);
    }

    private void problem(String table, long returnId) {
        jdbc.update("INSERT INTO " + table + " (return_id, kind, sheet, row_no, column_name, cell_value, reason_zh, "
                + "reason_en) VALUES (?, 'row', '卫生改厕', 5, '户主姓名', '', '必填', 'required')", returnId);
    }
}
