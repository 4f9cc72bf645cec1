package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The console's answers are shown by their median and their worst, each held to the 300 ms target. */
class LatenciesTests {

    @Test
    void shouldTakeTheLowerMiddleAsMedianAndTheSlowestAsWorst() {
        // given four uploads timed on H2, out of order, one slow
        Latencies latencies = new Latencies();
        String upload = Latencies.key("upload", "H2");
        for (double millis : new double[] {120.4, 95.0, 412.9, 101.2}) {
            latencies.add(upload, millis);
        }

        // when / then: the lower of the two middle ones (101.2, not their mean 110.8), and the slowest
        assertThat(latencies.median(upload)).isEqualTo(101.2);
        assertThat(latencies.worst(upload)).isEqualTo(412.9);
    }

    @Test
    void shouldPrintEachLineWithItsVerdictAgainstTheTarget() {
        // given a page whose median meets the target and whose worst does not, and one at exactly 300 ms
        Latencies latencies = new Latencies();
        latencies.add(Latencies.key("报送情况", "PostgreSQL"), 180.2);
        latencies.add(Latencies.key("报送情况", "PostgreSQL"), 640.0);
        latencies.add(Latencies.key("报送情况", "PostgreSQL"), 210.6);
        latencies.add(Latencies.key("upload", "H2"), 300.0);

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        latencies.print(new PrintStream(out, true, StandardCharsets.UTF_8));

        // then under 300 ms is met, 300 ms itself is not
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("| 报送情况 | PostgreSQL | 3 | 211 | 640 | < 300 ms | median met, worst not met |")
                .contains("| upload | H2 | 1 | 300 | 300 | < 300 ms | median not met, worst not met |");
    }

    @Test
    void shouldRefuseALineNeverTimed() {
        assertThatThrownBy(() -> new Latencies().median("upload | H2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upload | H2");
    }
}
