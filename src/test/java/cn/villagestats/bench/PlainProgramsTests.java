package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plain programs the township night is compared with do the work they claim: they read every return's rows. */
class PlainProgramsTests {

    private static final List<Path> SAMPLES = listSamples();

    @Test
    void shouldCountTheSamplesHouseholdsAndAccessRoadsWithPoi() throws Exception {
        // when the plain POI program sums the 43 samples, checking nothing
        String sums = PlainPrograms.poi(SAMPLES);

        // then the rows it counts are the seed figures' (the sums it takes unchecked, totals rows and all, are not)
        assertThat(sums).contains("toilet.households 4637 ").contains("road.access_households 1219 ")
                .contains("road.access_villages 6 ");
    }

    @Test
    void shouldSkipTheXlsReturnsWithFastexcelAndSaySo() throws Exception {
        // when the plain fastexcel-reader program sums the same samples
        String sums = PlainPrograms.fastexcel(SAMPLES);

        // then the five .xls returns are left out, and said to be
        assertThat(SAMPLES.stream().filter(f -> f.toString().endsWith(".xls"))).hasSize(5);
        assertThat(sums).endsWith("(5 .xls files not read)");
    }

    private static List<Path> listSamples() {
        try {
            return Measure.files(Path.of("input-samples"), false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
