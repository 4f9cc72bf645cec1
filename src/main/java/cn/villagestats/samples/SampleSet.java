package cn.villagestats.samples;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What the generator produced for one seed and period: one {@link VillageSample} per
 * village, in village-code order. The totals are computed from the rows, so tests and the
 * end-to-end check can compare them with what the job counts.
 */
public record SampleSet(long seed, YearMonth period, List<VillageSample> villages) {

    public SampleSet {
        villages = List.copyOf(villages);
    }

    public long toiletHouseholds() {
        return villages.stream().mapToLong(v -> v.toilets().size()).sum();
    }

    public long poorHouseholds() {
        return villages.stream().mapToLong(VillageSample::poorHouseholds).sum();
    }

    public long accessVillages() {
        return villages.stream().filter(VillageSample::hasHouseholdAccess).count();
    }

    public long accessHouseholds() {
        return villages.stream().flatMap(v -> v.roads().stream())
                .filter(RoadSample::householdAccess)
                .mapToLong(RoadSample::householdsServed).sum();
    }

    /** Sum of 面积 over all segments, exact (every area has at most one decimal). */
    public BigDecimal roadAreaM2() {
        return villages.stream().flatMap(v -> v.roads().stream())
                .map(r -> BigDecimal.valueOf(r.areaM2()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long connectedVillages() {
        return villages.stream().filter(VillageSample::connected).count();
    }
}
