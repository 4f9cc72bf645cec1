package cn.villagestats.samples;

import java.util.List;
import java.util.Random;

import cn.villagestats.samples.VillageQuota.Segment;

/**
 * Rescales the planned road lengths so the township's total area lands inside the seed
 * range: all lengths are scaled together, then the largest ordinary segment takes up the
 * remainder, which leaves the total within half a width of a seeded target.
 */
final class RoadAreaFitter {

    private final Random random;

    RoadAreaFitter(Random random) {
        this.random = random;
    }

    void fit(List<List<Segment>> villages, int fromM2, int toM2) {
        // aim away from the edges so the last segment's rounding cannot cross them
        double target = fromM2 + 20 + random.nextInt(toM2 - fromM2 - 40);
        double planned = 0;
        for (List<Segment> village : villages) {
            for (Segment s : village) {
                planned += s.areaM2();
            }
        }
        if (planned == 0) {
            throw new IllegalArgumentException("no road segment planned");
        }
        double scale = target / planned;
        int[] largest = {-1, -1};
        double largestArea = -1;
        double total = 0;
        for (int v = 0; v < villages.size(); v++) {
            List<Segment> village = villages.get(v);
            for (int s = 0; s < village.size(); s++) {
                Segment old = village.get(s);
                Segment scaled = new Segment(Math.max(20, (int) Math.round(old.lengthM() * scale)), old.widthM(),
                        old.householdsServed());
                village.set(s, scaled);
                total += scaled.areaM2();
                if (!scaled.householdAccess() && scaled.areaM2() > largestArea) {
                    largestArea = scaled.areaM2();
                    largest[0] = v;
                    largest[1] = s;
                }
            }
        }
        Segment last = villages.get(largest[0]).get(largest[1]);
        double rest = target - (total - last.areaM2());
        int length = (int) Math.round(rest / last.widthM());
        if (length < 1 || length > 20000) {
            throw new IllegalStateException("cannot fit the road area with one segment: " + length);
        }
        villages.get(largest[0]).set(largest[1], new Segment(length, last.widthM(), null));
    }
}
