package cn.villagestats.validation;

import java.text.Normalizer;

/** Text clean-up shared by the parsers: trimming and the header-style normalisation. */
final class Texts {

    private Texts() {
    }

    /** Trims ordinary, full-width and non-breaking spaces, which clerks paste in freely. */
    static String trim(String text) {
        return text.replace('\u00A0', ' ').strip();
    }

    /**
     * Normalises as headers are normalised: NFKC (full-width to half-width) with every
     * space and line break removed, so {@code 三格 化粪池式} and {@code 三格化粪池式} agree.
     */
    static String normalise(String text) {
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(halfWidth.length());
        halfWidth.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** NFKC and trimmed, inner spaces kept: for values whose inner spaces matter. */
    static String halfWidth(String text) {
        return trim(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
