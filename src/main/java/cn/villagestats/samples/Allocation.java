package cn.villagestats.samples;

import java.util.Random;

/**
 * Splits a whole-number total into parts proportional to weights, each kept within its
 * own bounds, so that the parts add up to the total exactly.
 */
final class Allocation {

    private Allocation() {
    }

    static int[] split(int total, double[] weights, int[] min, int[] max, Random random) {
        int n = weights.length;
        long low = 0;
        long high = 0;
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            low += min[i];
            high += max[i];
            weightSum += weights[i];
        }
        if (total < low || total > high) {
            throw new IllegalArgumentException("cannot split " + total + " within bounds " + low + ".." + high);
        }
        int[] parts = new int[n];
        int sum = 0;
        for (int i = 0; i < n; i++) {
            parts[i] = clamp((int) Math.floor(total * weights[i] / weightSum), min[i], max[i]);
            sum += parts[i];
        }
        // walk the parts from a seeded start, one unit at a time, until the sum is exact
        int i = random.nextInt(n);
        while (sum != total) {
            int step = sum < total ? 1 : -1;
            int next = parts[i] + step;
            if (next >= min[i] && next <= max[i]) {
                parts[i] = next;
                sum += step;
            }
            i = (i + 1) % n;
        }
        return parts;
    }

    static double[] jittered(double[] base, double spread, Random random) {
        double[] weights = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            weights[i] = base[i] * (1 - spread + 2 * spread * random.nextDouble());
        }
        return weights;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
