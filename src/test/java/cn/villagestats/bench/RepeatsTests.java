package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A line measured several times is represented by its median run, and every run is shown. */
class RepeatsTests {

    @Test
    void shouldTakeTheMedianRunAndPrintEveryRun() {
        // given three runs of a line, the slowest in the middle of the night
        Repeats repeats = new Repeats();
        repeats.add("county job", run(14.9));
        repeats.add("county job", run(23.7));
        repeats.add("county job", run(16.2));

        // when
        Run median = repeats.median("county job");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        repeats.print(new PrintStream(out, true, StandardCharsets.UTF_8));

        // then
        assertThat(median.seconds()).isEqualTo(16.2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("- county job, in order (s): 14.90, 23.70, 16.20; median 16.20");
    }

    @Test
    void shouldCountARunOutOfMemoryAsTheSlowestAndTakeTheLowerMiddleOfAnEvenCount() {
        // given
        Repeats repeats = new Repeats();
        repeats.add("ledger plain POI", Run.outOfMemory(700));
        repeats.add("ledger plain POI", run(40));

        // when / then
        assertThat(repeats.median("ledger plain POI").seconds()).isEqualTo(40);
        assertThatThrownBy(() -> repeats.median("never measured")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Run run(double seconds) {
        return new Run(false, seconds, Run.Breakdown.NONE, 200);
    }
}
