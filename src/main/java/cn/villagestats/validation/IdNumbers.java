package cn.villagestats.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.villagestats.workbook.Spaces;

/** 身份证号 are personal data: outside the database they appear masked only. */
public final class IdNumbers {

    /**
     * A run of 15 or more digits, ASCII or full-width, perhaps in groups split by single spaces,
     * perhaps ending in X: what a 身份证号 typed anywhere (a name cell, an amount, the cover)
     * looks like. No figure of a return comes near 15 digits, so nothing else is hidden.
     */
    private static final Pattern ID_LIKE = Pattern.compile("[0-9０-９](?: ?[0-9０-９]){14,}(?: ?[XxＸｘ])?");

    private IdNumbers() {
    }

    /**
     * Masks an identity number as {@code 370982********123X}: the six-digit area code and
     * the last four characters stay, everything between becomes {@code *}. Values too
     * short to carry a birth date are masked whole but for their last character.
     */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String v = Spaces.strip(value);
        if (v.length() >= 15) {
            return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
        }
        if (v.length() <= 1) {
            return v;
        }
        return "*".repeat(v.length() - 1) + v.substring(v.length() - 1);
    }

    /**
     * The text with every run that looks like a 身份证号 masked as {@link #mask} does: for values
     * and reasons that quote what a clerk typed outside the 身份证号 column.
     */
    public static String maskWithin(String text) {
        if (text == null || text.length() < 15) {
            return text;
        }
        Matcher match = ID_LIKE.matcher(text);
        if (!match.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            match.appendReplacement(masked, Matcher.quoteReplacement(mask(match.group().replace(" ", ""))));
        } while (match.find());
        return match.appendTail(masked).toString();
    }
}
