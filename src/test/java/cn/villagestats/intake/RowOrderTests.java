package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet whose rows go back or repeat a row number is damaged, not two rows of one number. */
class RowOrderTests {

    @TempDir
    Path dir;

    @Test
    void shouldCallASheetDamagedWhenARowNumberRepeats() throws Exception {
        // given a toilet sheet whose third row claims to be the second
        Path workbook = ReturnFixture.standard()
                .sheet("卫生改厕", s -> s.row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "张三", "370982198001011234", "一组", "三格化粪池式", "是", LocalDate.of(2020, 5, 3), "已验收", 1000)
                        .row(2, "李四", "370982198001011242", "一组", "三格化粪池式", "是", LocalDate.of(2020, 5, 3), "已验收", 1000))
                .write(Format.XLSX, dir);
        ZipParts.rewrite(workbook, "xl/worksheets/sheet2.xml", xml -> xml.replace("<row r=\"3\"", "<row r=\"2\""));

        // when / then
        try (ReturnWorkbook opened = ReturnWorkbookReader.open(workbook, IntakeLimits.defaults())) {
            assertThat(opened.next().rowNumber()).isEqualTo(2);
            assertThatThrownBy(opened::next).isInstanceOfSatisfying(UnreadableReturnException.class,
                    e -> assertThat(e.reasonZh()).isEqualTo("工作表“卫生改厕”已损坏，无法读取"));
        }
    }

    @Test
    void shouldAcceptRowsThatSkipNumbers() {
        RowOrder.check(5, 2);
        assertThatThrownBy(() -> RowOrder.check(2, 2)).isInstanceOf(IllegalStateException.class);
    }
}
