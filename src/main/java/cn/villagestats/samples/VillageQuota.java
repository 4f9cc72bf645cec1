package cn.villagestats.samples;

import java.util.List;

/** The counts one village's return must carry, decided before any row is made. */
record VillageQuota(int toilets, int poor, List<Segment> segments, int points) {

    VillageQuota {
        segments = List.copyOf(segments);
        if (poor > toilets) {
            throw new IllegalArgumentException("more poor rows than rows");
        }
    }

    /** A road segment's size; {@code householdsServed} is {@code null} unless it is 户户通. */
    record Segment(int lengthM, double widthM, Integer householdsServed) {

        double areaM2() {
            return lengthM * widthM;
        }

        boolean householdAccess() {
            return householdsServed != null;
        }
    }
}
