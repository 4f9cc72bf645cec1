package cn.villagestats.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import cn.villagestats.registry.Village;

/**
 * Everything one generated return holds (cover values and rows), and the file name it is
 * written under.
 */
public record VillageSample(Village village, YearMonth period, String fileName, String preparer, String phone,
                            LocalDate submittedOn, List<ToiletSample> toilets,
                            List<RoadSample> roads, List<PointSample> points) {

    public VillageSample {
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(preparer, "preparer");
        toilets = List.copyOf(toilets);
        roads = List.copyOf(roads);
        points = List.copyOf(points);
        long names = points.stream().map(PointSample::name).distinct().count();
        if (names != points.size()) {
            throw new IllegalArgumentException("point names must be unique within " + village.name());
        }
    }

    public long poorHouseholds() {
        return toilets.stream().filter(ToiletSample::poorHousehold).count();
    }

    public boolean hasHouseholdAccess() {
        return roads.stream().anyMatch(RoadSample::householdAccess);
    }

    public boolean connected() {
        return points.stream().anyMatch(PointSample::connected);
    }
}
