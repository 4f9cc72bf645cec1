package cn.villagestats.consolidation;

import static cn.villagestats.consolidation.TestReturns.WANGJIAZHUANG;
import static cn.villagestats.consolidation.TestReturns.cover;
import static cn.villagestats.consolidation.TestReturns.header;
import static cn.villagestats.consolidation.TestReturns.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

/** A return with more problems than a clerk can read gets the first of them and a pointer to the rest. */
@TestPropertySource(properties = {"villagestats.feedback.max-problems-listed=3",
        "villagestats.feedback.max-rows-copied=5"})
class LargeFeedbackJobTests extends JobTestSupport {

    @TempDir
    Path work;

    @Test
    void shouldListTheFirstProblemsAndLeaveOutTheDataCopyOfALargeReturn() throws Exception {
        // given a return of ten toilet rows, each with an unknown toilet type
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG);
            SheetBuilder toilets = header(workbook, ToiletSheet.SHEET);
            for (int i = 1; i <= 10; i++) {
                toilets.row(i, "王小" + i, idNumber(i), "一组", "水冲", "否", LocalDate.of(2020, 6, 1), "已验收", 100);
            }
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }

        // when
        run(inbox, work.resolve("out"));

        // then the feedback lists three problems, says there are more, and holds no copy of the data
        Path feedback = work.resolve("out/feedback/2020-12/370982104204-王家庄村.xlsx");
        try (Workbook workbook = WorkbookFactory.create(feedback.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet problems = workbook.getSheet("问题清单");
            assertThat(problems.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(problems.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(problems.getRow(6).getCell(0).getStringCellValue()).contains("只列出前3个");
            assertThat(problems.getLastRowNum()).isEqualTo(6);
        }
        assertThat(reports.rejectedCells("2020-12")).hasSize(10);
    }
}
