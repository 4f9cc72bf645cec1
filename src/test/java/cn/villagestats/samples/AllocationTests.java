package cn.villagestats.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AllocationTests {

    @Test
    void shouldSplitTheTotalExactlyWithinEachPartsBounds() {
        // given
        double[] weights = {5, 1, 1, 3};
        int[] min = {0, 40, 0, 0};
        int[] max = {50, 100, 100, 100};

        // when
        int[] parts = Allocation.split(200, weights, min, max, new Random(1));

        // then
        assertThat(Arrays.stream(parts).sum()).isEqualTo(200);
        for (int i = 0; i < parts.length; i++) {
            assertThat(parts[i]).isBetween(min[i], max[i]);
        }
        assertThat(parts[0]).isEqualTo(50);
    }

    @Test
    void shouldRefuseATotalTheBoundsCannotHold() {
        assertThatThrownBy(() -> Allocation.split(500, new double[] {1, 1}, new int[] {0, 0}, new int[] {100, 100},
                new Random(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
