package cn.villagestats.validation;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

import java.util.Locale;
import java.util.Set;

/** Reads yes/no answers: 是/否, Y/N, yes/no, √/×, 1/0, TRUE/FALSE and boolean cells. */
final class YesNo {

    private static final Set<String> YES = Set.of("是", "y", "yes", "√", "✓", "✔", "1", "true");
    private static final Set<String> NO = Set.of("否", "n", "no", "×", "✗", "✘", "0", "false");

    private YesNo() {
    }

    static Parsed<Boolean> parse(SheetCell cell) {
        Parsed<Boolean> unusable = Parsed.unusable(cell);
        if (unusable != null) {
            return unusable;
        }
        String answer = Texts.normalise(cell.text()).toLowerCase(Locale.ROOT);
        if (cell.kind() == CellKind.NUMBER) {
            answer = cell.number() == 1 ? "1" : cell.number() == 0 ? "0" : answer;
        }
        if (YES.contains(answer)) {
            return Parsed.ok(true);
        }
        if (NO.contains(answer)) {
            return Parsed.ok(false);
        }
        return Parsed.fail("“" + cell.text() + "”不是“是”或“否”，应填写 是/否",
                "'" + cell.text() + "' is not a yes/no answer; expected 是 or 否 (yes/no)");
    }
}
