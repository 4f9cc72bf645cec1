package cn.villagestats.reporting;

/**
 * Text from village returns is written to files the county opens in a spreadsheet: a
 * value such as {@code =HYPERLINK(...)} must be shown, never run.
 */
final class SafeText {

    private SafeText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
