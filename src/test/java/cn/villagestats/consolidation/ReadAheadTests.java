package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.intake.ReturnWorkbook;
import cn.villagestats.intake.ReturnWorkbookReader;
import cn.villagestats.intake.UnreadableReturnException;
import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.samples.LedgerReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows parsed on a thread of their own reach the step in order, complete, and the thread stops when asked. */
class ReadAheadTests {

    @TempDir
    Path dir;

    @Test
    void shouldHandOverEveryRowInOrderThroughASmallQueue() throws Exception {
        // given a ledger of 50 rows and a queue of 3
        Path file = LedgerReturn.write(Inboxes.registry().get(0), Inboxes.PERIOD, 50, 1, dir.resolve("l.xlsx"));
        List<Integer> direct = rowNumbers(file, false);

        // when
        List<Integer> ahead = rowNumbers(file, true);

        // then
        assertThat(direct).hasSize(50);
        assertThat(ahead).isEqualTo(direct);
    }

    @Test
    void shouldStopReadingWhenClosedBeforeTheEnd() throws Exception {
        // given
        Path file = LedgerReturn.write(Inboxes.registry().get(0), Inboxes.PERIOD, 200, 1, dir.resolve("l.xlsx"));
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            ReadAhead<ReturnRow> rows = new ReadAhead<>(workbook::next, 2, "test-read");
            rows.next();

            // when
            rows.close();

            // then: the reading thread is gone, so the workbook is safe to close; nothing more is handed over
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-read"));
        }
    }

    @Test
    void shouldPassOnAFailureWhereTheRowWouldHaveBeen() {
        // given a workbook that fails after one row
        ReturnWorkbook failing = new FailingWorkbook(1);

        // when
        ReadAhead<ReturnRow> rows = new ReadAhead<>(failing::next, 4, "test-fail");

        // then
        assertThatThrownBy(() -> {
            rows.next();
            rows.next();
        }).isInstanceOf(UnreadableReturnException.class);
        rows.close();
    }

    @Test
    void shouldHandOverTheRowsOfAPartBatchBeforeTheFailureThatEndedIt() throws Exception {
        // given a workbook that fails after 300 rows, read ahead in batches of 256
        ReadAhead<ReturnRow> rows = new ReadAhead<>(new FailingWorkbook(300)::next, 2000, "test-batch");

        // when
        List<Integer> numbers = new ArrayList<>();
        Throwable failure = null;
        try {
            for (ReturnRow row = rows.next(); row != null; row = rows.next()) {
                numbers.add(row.rowNumber());
            }
        } catch (UnreadableReturnException e) {
            failure = e;
        }
        rows.close();

        // then every row read comes first, in order, and then the failure
        assertThat(numbers).hasSize(300).first().isEqualTo(2);
        assertThat(numbers).isSorted().doesNotHaveDuplicates();
        assertThat(failure).isInstanceOf(UnreadableReturnException.class);
    }

    private static List<Integer> rowNumbers(Path file, boolean ahead) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            if (ahead) {
                ReadAhead<ReturnRow> rows = new ReadAhead<>(workbook::next, 3, "test-order");
                for (ReturnRow row = rows.next(); row != null; row = rows.next()) {
                    numbers.add(row.rowNumber());
                }
                rows.close();
            } else {
                for (ReturnRow row = workbook.next(); row != null; row = workbook.next()) {
                    numbers.add(row.rowNumber());
                }
            }
        }
        return numbers;
    }

    /** Some rows, then a damaged sheet. */
    private static final class FailingWorkbook implements ReturnWorkbook {
        private final int rows;
        private int calls;

        FailingWorkbook(int rows) {
            this.rows = rows;
        }

        @Override
        public java.util.Map<cn.villagestats.intake.CoverField, cn.villagestats.workbook.SheetCell> cover() {
            return java.util.Map.of();
        }

        @Override
        public ReturnRow next() throws UnreadableReturnException {
            if (calls < rows) {
                return new ReturnRow(ToiletSheet.SHEET, "卫生改厕", 2 + calls++,
                        java.util.Map.of());
            }
            throw new UnreadableReturnException("工作表已损坏", "the sheet is damaged");
        }

        @Override
        public long rowsSkipped() {
            return 0;
        }

        @Override
        public List<cn.villagestats.intake.TotalRow> totalRows() {
            return List.of();
        }

        @Override
        public List<String> notices() {
            return List.of();
        }

        @Override
        public void close() {
        }
    }
}
