package cn.villagestats.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.villagestats.spreadsheet.Formula;
import cn.villagestats.spreadsheet.Look;
import cn.villagestats.spreadsheet.SheetBuilder;

/**
 * The 分村明细 sheet: one line per registry village with its 报送情况 shaded and its value per
 * indicator under its programme's name, then a 合计 line that adds the villages up to the
 * township's totals. Printed landscape, one page wide, title and headers on every page.
 */
final class VillageSheet {

    static final String NAME = "分村明细";
    /** Title, programme names, indicator names. */
    static final int HEADER_ROWS = 3;
    /** 村代码, 村名, 报送情况, before the indicators. */
    static final int FIRST_VALUE_COLUMN = 3;

    private VillageSheet() {
    }

    /** {@code villages} hands every registry village to its consumer, streamed, in code order. */
    /** {@code programmeOf} names the programme of an indicator (toilet.households: 卫生改厕). */
    static void write(SheetBuilder sheet, SummarySheet.Heading heading, List<TownshipTotal> totals,
                      Function<String, String> programmeOf, Consumer<Consumer<VillageTotals>> villages) {
        int columns = FIRST_VALUE_COLUMN + totals.size();
        sheet.row(TableLooks.TITLE.of(heading.title())).mergeLastRow(0, columns - 1).lastRowHeight(30);
        writeHeader(sheet, totals, programmeOf);
        int firstVillageRow = sheet.rowCount();
        BigDecimal[] sums = new BigDecimal[totals.size()];
        Arrays.fill(sums, BigDecimal.ZERO);
        villages.accept(village -> {
            List<Object> line = new ArrayList<>(List.of(TableLooks.TEXT.of(village.villageCode()),
                    TableLooks.TEXT.of(village.villageName()), TableLooks.status(village.status()).of(village.status())));
            for (int i = 0; i < totals.size(); i++) {
                TownshipTotal total = totals.get(i);
                BigDecimal value = village.values().get(total.indicator());
                if (value == null && village.status().equals(VillageTotals.REPORTED)) {
                    value = BigDecimal.ZERO;
                }
                line.add(TableLooks.value(total.unit()).of(value));
                sums[i] = sums[i].add(value == null ? BigDecimal.ZERO : value);
            }
            sheet.row(line.toArray());
        });
        int lastVillageRow = sheet.rowCount() - 1;
        List<Object> sumLine = new ArrayList<>(List.of(TableLooks.TOTAL_TEXT.of("合计"), TableLooks.TOTAL_TEXT.of(null),
                TableLooks.TOTAL_TEXT.of(null)));
        for (int i = 0; i < totals.size(); i++) {
            Look look = TableLooks.value(totals.get(i).unit()).asBold();
            sumLine.add(look.of(lastVillageRow < firstVillageRow ? sums[i] : Formula.sum(FIRST_VALUE_COLUMN + i,
                    firstVillageRow, lastVillageRow, sums[i].doubleValue())));
        }
        sheet.row(sumLine.toArray()).mergeLastRow(0, 2)
                .fitColumns(10, 24)
                .freeze(2, HEADER_ROWS)
                .printOnA4(true, 0).repeatRowsOnEveryPage(0, HEADER_ROWS - 1);
    }

    /** Programme names merged above their indicators; the first three headers span both rows. */
    private static void writeHeader(SheetBuilder sheet, List<TownshipTotal> totals,
                                    Function<String, String> programmeOf) {
        List<Object> programmes = new ArrayList<>(List.of(header("村代码"), header("村名"), header("报送情况")));
        List<Object> indicators = new ArrayList<>(List.of(header(null), header(null), header(null)));
        List<int[]> spans = new ArrayList<>();
        String current = null;
        for (int i = 0; i < totals.size(); i++) {
            TownshipTotal total = totals.get(i);
            String programme = programmeOf.apply(total.indicator());
            int column = FIRST_VALUE_COLUMN + i;
            if (programme.equals(current)) {
                programmes.add(header(null));
                spans.get(spans.size() - 1)[1] = column;
            } else {
                programmes.add(header(programme));
                spans.add(new int[] {column, column});
                current = programme;
            }
            indicators.add(header(total.name() + "\n(" + total.unit() + ")"));
        }
        sheet.row(programmes.toArray());
        spans.stream().filter(span -> span[1] > span[0]).forEach(span -> sheet.mergeLastRow(span[0], span[1]));
        sheet.row(indicators.toArray()).lastRowHeight(46);
        for (int column = 0; column < FIRST_VALUE_COLUMN; column++) {
            sheet.mergeLastRows(2, column);
        }
    }

    private static Look.Value header(String text) {
        return TableLooks.HEADER.of(text);
    }
}
