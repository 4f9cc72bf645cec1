package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a measured run spent is the difference of two readings of the JVM's counters. */
class SpentTests {

    @Test
    void shouldCountTheCpuSpentBetweenTwoReadings() {
        // given
        Spent start = Spent.now();

        // when the thread works for a while
        long sum = 0;
        for (long i = 0; i < 200_000_000L; i++) {
            sum += i ^ (sum >>> 3);
        }
        Spent spent = Spent.now().since(start);

        // then
        assertThat(sum).isNotZero();
        assertThat(spent.cpuNanos()).isPositive();
        assertThat(spent.jitMillis()).isNotNegative();
        assertThat(spent.gcMillis()).isNotNegative();
    }

    @Test
    void shouldSubtractEachCounterOfTheStart() {
        // when
        Spent spent = new Spent(5_000, 300, 40).since(new Spent(1_000, 100, 10));

        // then
        assertThat(spent).isEqualTo(new Spent(4_000, 200, 30));
    }
}
