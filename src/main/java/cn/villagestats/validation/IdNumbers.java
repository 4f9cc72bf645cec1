package cn.villagestats.validation;

/** 身份证号 are personal data: outside the database they appear masked only. */
public final class IdNumbers {

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
        String v = value.strip();
        if (v.length() >= 15) {
            return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
        }
        if (v.length() <= 1) {
            return v;
        }
        return "*".repeat(v.length() - 1) + v.substring(v.length() - 1);
    }
}
