package cn.villagestats.validation;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a 身份证号 and checks it per GB 11643 (ISO 7064 MOD 11-2). Reasons never repeat
 * the number: it is personal data, and the violation's value carries it masked.
 */
final class IdNumberParser {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    /** How Excel shows an 18-digit number it has already rounded, e.g. {@code 3.70982E+17}. */
    private static final Pattern EXPONENT_FORM = Pattern.compile("\\d\\.\\d+E\\+?17");

    private IdNumberParser() {
    }

    static Parsed<String> parse(SheetCell cell) {
        Parsed<String> unusable = Parsed.unusable(cell);
        if (unusable != null) {
            return unusable;
        }
        String id = Texts.normalise(cell.text()).toUpperCase(Locale.ROOT);
        if ((cell.kind() == CellKind.NUMBER && Math.abs(cell.number()) >= 1e17) || isExponentForm(id)) {
            // Excel keeps 15 significant digits: the last three digits are already gone
            return Parsed.fail("存成了数字，Excel 只保留15位有效数字，最后几位已经丢失；请把该列设置为文本格式后重新输入号码",
                    "was stored as a number; Excel keeps only 15 significant digits, so the last digits are lost; "
                            + "format the column as text and retype the number");
        }
        if (id.length() != 18) {
            return Parsed.fail("应为18位，填的是" + id.length() + "位", "must have 18 characters, got " + id.length());
        }
        if (!isDigitsWithCheckCharacter(id)) {
            return Parsed.fail("只能是数字，最后一位可以是X", "may hold only digits, with X allowed as the last character");
        }
        if (id.charAt(17) != checkCharacter(id)) {
            return Parsed.fail("校验位不对，号码有误，请核对", "check digit does not match; the number is mistyped, please check it");
        }
        return Parsed.ok(id);
    }

    /** Whether the text is Excel's exponent form; its second character is always the point, which few ids have. */
    private static boolean isExponentForm(String id) {
        return id.length() > 1 && id.charAt(1) == '.' && EXPONENT_FORM.matcher(id).matches();
    }

    /** {@code \d{17}[\dX]}: seventeen ASCII digits and a digit or X. */
    private static boolean isDigitsWithCheckCharacter(String id) {
        for (int i = 0; i < 17; i++) {
            if (!isDigit(id.charAt(i))) {
                return false;
            }
        }
        return isDigit(id.charAt(17)) || id.charAt(17) == 'X';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The 18th character GB 11643 requires for the first 17 digits. */
    static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }
}
