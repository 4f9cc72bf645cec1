package cn.villagestats.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import cn.villagestats.registry.Village;
import cn.villagestats.samples.VillageQuota.Segment;

/**
 * Deals the seed figures out to the villages: toilet rows (poor rows = the registry's poor
 * households), which villages have 户户通 and for how many households, and road segment
 * sizes whose areas add up to the target range.
 */
final class SamplePlan {

    private static final int[] SEGMENT_COUNTS = {0, 1, 1, 2, 2, 2, 3, 3, 4};
    private static final double[] WIDTHS = {3.5, 4, 4, 4.5, 5, 5, 5.5, 6};
    private static final double[] ACCESS_WIDTHS = {3, 3, 3.5, 4};

    private final Random random;
    private final SeedFigures figures;

    SamplePlan(long seed, SeedFigures figures) {
        this.random = new Random(seed);
        this.figures = figures;
    }

    /** One quota per village, in the order given. */
    List<VillageQuota> quotas(List<Village> villages) {
        int n = villages.size();
        int[] toilets = toilets(villages);
        List<List<Segment>> segments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            segments.add(new ArrayList<>());
        }
        addAccessSegments(villages, segments);
        for (List<Segment> village : segments) {
            int ordinary = SEGMENT_COUNTS[random.nextInt(SEGMENT_COUNTS.length)];
            for (int s = 0; s < ordinary; s++) {
                village.add(new Segment(150 + random.nextInt(1050), WIDTHS[random.nextInt(WIDTHS.length)], null));
            }
        }
        new RoadAreaFitter(random).fit(segments, figures.areaFromM2(), figures.areaToM2());
        List<VillageQuota> quotas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            quotas.add(new VillageQuota(toilets[i], villages.get(i).poorHouseholds(), segments.get(i),
                    1 + random.nextInt(4)));
        }
        return quotas;
    }

    private int[] toilets(List<Village> villages) {
        int n = villages.size();
        double[] base = new double[n];
        int[] min = new int[n];
        int[] max = new int[n];
        for (int i = 0; i < n; i++) {
            base[i] = villages.get(i).households();
            min[i] = villages.get(i).poorHouseholds();
            max[i] = villages.get(i).households();
        }
        return Allocation.split(figures.toiletHouseholds(), Allocation.jittered(base, 0.3, random), min, max, random);
    }

    private void addAccessSegments(List<Village> villages, List<List<Segment>> segments) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            if (villages.get(i).households() >= 300) {
                candidates.add(i);
            }
        }
        if (candidates.size() < figures.accessVillages()) {
            throw new IllegalArgumentException("too few large villages for " + figures.accessVillages() + " 户户通 villages");
        }
        Collections.shuffle(candidates, random);
        List<Integer> chosen = new ArrayList<>(candidates.subList(0, figures.accessVillages()));
        Collections.sort(chosen);
        int k = chosen.size();
        double[] weights = new double[k];
        int[] min = new int[k];
        int[] max = new int[k];
        for (int j = 0; j < k; j++) {
            weights[j] = 1;
            min[j] = 3;
            max[j] = villages.get(chosen.get(j)).households();
        }
        int[] perVillage = Allocation.split(figures.accessHouseholds(), Allocation.jittered(weights, 0.4, random),
                min, max, random);
        for (int j = 0; j < k; j++) {
            int pieces = 1 + random.nextInt(3);
            int[] served = Allocation.split(perVillage[j], Allocation.jittered(evenWeights(pieces), 0.3, random),
                    ones(pieces), filled(pieces, 2000), random);
            for (int households : served) {
                double width = ACCESS_WIDTHS[random.nextInt(ACCESS_WIDTHS.length)];
                segments.get(chosen.get(j)).add(new Segment(80 + random.nextInt(420), width, households));
            }
        }
    }

    private static double[] evenWeights(int n) {
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1);
        return weights;
    }

    private static int[] ones(int n) {
        return filled(n, 1);
    }

    private static int[] filled(int n, int value) {
        int[] array = new int[n];
        java.util.Arrays.fill(array, value);
        return array;
    }
}
