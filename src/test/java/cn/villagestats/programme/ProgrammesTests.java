package cn.villagestats.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;

import cn.villagestats.programme.toilets.ToiletProgramme;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.StagedRow;
import org.junit.jupiter.api.Test;

/** The programmes are checked when they are gathered: nothing a programme accepts can go unstaged. */
class ProgrammesTests {

    @Test
    void shouldGatherTheApplicationsProgrammesInTheirOrder() {
        // when the programmes are found without Spring (the command line's template)
        Programmes found = Programmes.standard();

        // then they are the three components, in the template's order; a test's own programme is not among them
        assertThat(found.sheets()).extracting(ReturnSheet::chineseName).containsExactly("卫生改厕", "道路硬化", "雪亮工程");
    }

    @Test
    void shouldRefuseToStartWithAProgrammeWithoutAStagingTable() {
        // given a programme whose rows have nowhere to go
        Programme<Point> unstaged = new Unstaged();

        // when / then
        assertThatThrownBy(() -> new Programmes(List.of(new ToiletProgramme(), unstaged)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("项目“测点”没有暂存表，其数据行无处可存 / programme 测点 (Points) has no staging table: "
                        + "its rows would be dropped");
    }

    @Test
    void shouldFailARecordThatNoProgrammeStages() {
        // given the programmes, and a record none of their tables takes
        Programmes programmes = StandardProgrammes.PROGRAMMES;

        // when / then the writer is told, rather than leave the row unstaged
        assertThatThrownBy(() -> programmes.staging(new Point(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no programme stages").hasMessageContaining("Point");
    }

    @Test
    void shouldRefuseTwoProgrammesOfOneSheet() {
        assertThatThrownBy(() -> new Programmes(List.of(new ToiletProgramme(), new ToiletProgramme())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("卫生改厕");
    }

    private record Point(int rowNumber) implements StagedRow {
    }

    private static final class Unstaged implements Programme<Point> {

        @Override
        public ReturnSheet sheet() {
            return new ReturnSheet("测点", "Points", List.of(ReturnColumn.required("名称", "name", "name")));
        }

        @Override
        public RowRule rule(YearMonth period) {
            return row -> null;
        }

        @Override
        public StagingTable<Point> table() {
            return null;
        }

        @Override
        public List<IndicatorDefinition> indicators() {
            return List.of();
        }

        @Override
        public String eachRow() {
            return "一个测点";
        }
    }
}
