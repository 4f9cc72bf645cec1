package cn.villagestats.consolidation;

/**
 * One current return's toilet rows as the duplicate check counted them: all staged rows,
 * the poor households among them, and the repeats of a 身份证号 counted elsewhere first.
 */
record ToiletTally(int rows, int poor, int repeats, int poorRepeats) {

    ToiletTally {
        if (repeats > rows || poorRepeats > poor || poorRepeats > repeats || poor > rows || repeats < 0
                || poorRepeats < 0) {
            throw new IllegalArgumentException("a tally's parts cannot exceed its whole");
        }
    }

    /** The rows that count: all but the repeats. */
    int accepted() {
        return rows - repeats;
    }

    int poorAccepted() {
        return poor - poorRepeats;
    }
}
