package cn.villagestats.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Makes 18-character 身份证号 with a correct GB 11643 check digit, never the same one twice for
 * one generator, since the township rejects repeats; generators of different {@link IdBlock}s
 * never issue the same one either. A number carries the area code of its village (the first
 * six digits of the village's code), as a resident's does: villages of different counties
 * never share a number.
 */
final class IdNumberGenerator {

    /** The area of the 新泰 sample township, and of the ledger's numbers. */
    static final String AREA = "370982";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2000, 12, 31).toEpochDay() - FIRST_BIRTH.toEpochDay());

    // membership only: the order of a HashSet never reaches the output
    private final Set<String> issued = new HashSet<>();
    private final Random random;
    private final IdBlock block;

    IdNumberGenerator(Random random, IdBlock block) {
        this.random = random;
        this.block = block;
    }

    /** A new number of the area whose six-digit code {@code villageCode} starts with. */
    String next(String villageCode) {
        String area = villageCode.substring(0, 6);
        while (true) {
            LocalDate birth = FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS + 1));
            String body = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", block.code(random.nextInt(block.codes())));
            String id = body + checkDigit(body);
            if (issued.add(id)) {
                return id;
            }
        }
    }

    /**
     * The {@code n}-th of a fixed sequence of distinct valid numbers (birth day and sequence
     * number both step with {@code n}), for ledgers too long to remember what was issued.
     */
    static String nth(int n) {
        if (n < 0 || n / 1000 > BIRTH_DAYS) {
            throw new IllegalArgumentException("no id number " + n);
        }
        String body = AREA + FIRST_BIRTH.plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", n % 1000);
        return body + checkDigit(body);
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    static boolean isValid(String id) {
        return id != null && id.matches("\\d{17}[0-9X]") && checkDigit(id.substring(0, 17)) == id.charAt(17);
    }
}
