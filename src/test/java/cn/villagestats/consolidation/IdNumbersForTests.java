package cn.villagestats.consolidation;

/** Completes 17 digits into a 身份证号 with its GB 11643 check digit, for fixtures. */
final class IdNumbersForTests {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbersForTests() {
    }

    static String valid(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    static String withWrongCheckDigit(String first17) {
        char right = valid(first17).charAt(17);
        return first17 + (right == '0' ? '1' : '0');
    }

    /** The mask as the contract shows it: 370982********123X. */
    static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }
}
