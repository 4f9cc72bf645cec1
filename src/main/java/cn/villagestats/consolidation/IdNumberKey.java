package cn.villagestats.consolidation;

/**
 * A validated 身份证号 (17 digits and a check character, X or a digit) as one {@code long},
 * exactly and reversibly: the 17 digits times 11 plus the check character (X as 10). Equal
 * numbers give equal keys, and keys sort as the numbers do, so the duplicate check can
 * sort a period's numbers as primitives.
 */
final class IdNumberKey {

    private static final int LENGTH = 18;

    private IdNumberKey() {
    }

    static long of(String idNumber) {
        if (idNumber.length() != LENGTH) {
            throw notValidated();
        }
        long digits = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = idNumber.charAt(i);
            if (c < '0' || c > '9') {
                throw notValidated();
            }
            digits = digits * 10 + (c - '0');
        }
        char check = idNumber.charAt(LENGTH - 1);
        if (check != 'X' && (check < '0' || check > '9')) {
            throw notValidated();
        }
        return digits * 11 + (check == 'X' ? 10 : check - '0');
    }

    static String idNumber(long key) {
        long check = key % 11;
        StringBuilder id = new StringBuilder(String.valueOf(key / 11));
        while (id.length() < LENGTH - 1) {
            id.insert(0, '0');
        }
        return id.append(check == 10 ? 'X' : (char) ('0' + check)).toString();
    }

    // the number itself stays out of the message: it is personal data
    private static IllegalStateException notValidated() {
        return new IllegalStateException("a staged 身份证号 is not 17 digits and a check character; "
                + "only validated rows are staged");
    }
}
