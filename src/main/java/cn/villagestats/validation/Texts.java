package cn.villagestats.validation;

import java.text.Normalizer;

import cn.villagestats.workbook.Spaces;

/** Text clean-up shared by the parsers: trimming and the header-style normalisation. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims every kind of space clerks paste in freely ({@link Spaces}: full-width, no-break,
     * zero-width), as sheet names and headers are trimmed, and drops NUL, which no database
     * column keeps.
     */
    public static String trim(String text) {
        return Spaces.strip(text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", ""));
    }

    /**
     * Normalises as headers are normalised: NFKC (full-width to half-width) with every
     * space and line break removed, so {@code 三格 化粪池式} and {@code 三格化粪池式} agree.
     */
    public static String normalise(String text) {
        if (isNormalised(text)) {
            return text;
        }
        return Spaces.removeAll(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /** NFKC and trimmed, inner spaces kept: for values whose inner spaces matter. */
    static String halfWidth(String text) {
        return trim(isNfkcStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Whether NFKC leaves the text as it is: true when it holds only ASCII and CJK unified
     * ideographs (U+4E00..U+9FFF), which have no decomposition and compose with nothing;
     * most of what clerks type. Anything else (full-width forms, NBSP, U+3000) takes NFKC.
     */
    static boolean isNfkcStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isNfkcStable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNfkcStable(char c) {
        return c < 0x80 || (c >= '\u4E00' && c <= '\u9FFF');
    }

    /** NFKC-stable and free of spaces and control characters: {@link #normalise} would return it unchanged. */
    private static boolean isNormalised(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || !isNfkcStable(c)) {
                return false;
            }
        }
        return true;
    }
}
