package cn.villagestats.workbook.xlsx;

/** The elements of a sheet's XML the scanner tells apart, by the local part of their names. */
final class SheetElements {

    static final int OTHER = 0;
    static final int ROW = 1;
    static final int CELL = 2;
    static final int VALUE = 3;
    static final int FORMULA = 4;
    static final int INLINE_STRING = 5;
    static final int TEXT = 6;
    static final int PHONETIC = 7;
    static final int SHEET_DATA = 8;

    private SheetElements() {
    }

    /** The element a name stands for, by its local part (a prefix such as {@code x:} is allowed). */
    static int of(byte[] b, int start, int end) {
        int local = start;
        for (int i = start; i < end; i++) {
            if (b[i] == ':') {
                local = i + 1;
            }
        }
        return switch (end - local) {
            case 1 -> switch (b[local]) {
                case 'c' -> CELL;
                case 'v' -> VALUE;
                case 'f' -> FORMULA;
                case 't' -> TEXT;
                default -> OTHER;
            };
            case 2 -> b[local] == 'i' && b[local + 1] == 's' ? INLINE_STRING : OTHER;
            case 3 -> is(b, local, "row") ? ROW : is(b, local, "rPh") ? PHONETIC : OTHER;
            case 9 -> is(b, local, "sheetData") ? SHEET_DATA : OTHER;
            default -> OTHER;
        };
    }

    private static boolean is(byte[] b, int at, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (b[at + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
