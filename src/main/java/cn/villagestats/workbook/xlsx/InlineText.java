package cn.villagestats.workbook.xlsx;

import java.io.IOException;

/**
 * The text of an inline string ({@code <is>}) read from a sheet's tags: its runs' {@code <t>}
 * joined, phonetic guides ({@code <rPh>}) left out, as {@link RichText} reads it with StAX.
 */
final class InlineText {

    private InlineText() {
    }

    /** Reads from just inside {@code <is>} through its end tag; {@code run} is scratch space. */
    static String read(SheetTags tags, SheetText text, TextBuffer run) throws IOException {
        StringBuilder joined = new StringBuilder();
        int phonetic = 0;
        while (true) {
            int tag = tags.next();
            int element = tags.element();
            if (tag == SheetTags.START && element == SheetElements.PHONETIC) {
                phonetic++;
            } else if (tag == SheetTags.START && element == SheetElements.TEXT && phonetic == 0) {
                text.read(run);
                joined.append(run);
            } else if (tag == SheetTags.END && element == SheetElements.PHONETIC) {
                phonetic--;
            } else if (tag == SheetTags.END && element == SheetElements.INLINE_STRING) {
                return joined.toString();
            }
        }
    }
}
