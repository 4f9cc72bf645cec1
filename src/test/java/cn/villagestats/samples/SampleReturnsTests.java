package cn.villagestats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.villagestats.registry.Village;

class SampleReturnsTests {

    private static final YearMonth PERIOD = YearMonth.of(2020, 12);
    private static List<Village> villages;
    private static SampleSet set;

    @BeforeAll
    static void planDefaultSamples() throws IOException {
        villages = VillagesCsv.read(Path.of("seeds/villages.csv"));
        set = SampleReturns.plan(villages, PERIOD, SampleReturns.DEFAULT_SEED);
    }

    @Test
    void shouldGiveTheSameDataForTheSameSeed() {
        // when
        SampleSet again = SampleReturns.plan(villages, PERIOD, SampleReturns.DEFAULT_SEED);

        // then
        assertThat(again).isEqualTo(set);
    }

    @Test
    void shouldGiveDifferentDataForDifferentSeeds() {
        // when
        SampleSet other = SampleReturns.plan(villages, PERIOD, 7);

        // then
        assertThat(other.villages()).isNotEqualTo(set.villages());
        assertThat(other.toiletHouseholds()).isEqualTo(set.toiletHouseholds());
    }

    @Test
    void shouldAddUpToTheTownshipSeedFigures() {
        // given
        long toilets = 0;
        long poor = 0;
        long accessHouseholds = 0;
        Set<String> accessVillages = new HashSet<>();
        Set<String> connectedVillages = new HashSet<>();
        BigDecimal area = BigDecimal.ZERO;

        // when
        for (VillageSample v : set.villages()) {
            toilets += v.toilets().size();
            poor += v.toilets().stream().filter(ToiletSample::poorHousehold).count();
            for (RoadSample r : v.roads()) {
                area = area.add(BigDecimal.valueOf(r.areaM2()));
                if (r.householdAccess()) {
                    accessHouseholds += r.householdsServed();
                    accessVillages.add(v.village().code());
                }
            }
            if (v.points().stream().anyMatch(PointSample::connected)) {
                connectedVillages.add(v.village().code());
            }
        }

        // then
        assertThat(set.villages()).hasSize(43);
        assertThat(toilets).isEqualTo(4637);
        assertThat(poor).isEqualTo(701);
        assertThat(accessVillages).hasSize(6);
        assertThat(accessHouseholds).isEqualTo(1219);
        assertThat(area).isEqualByComparingTo("143185.5");
        assertThat(connectedVillages).hasSize(43);
        assertThat(set.roadAreaM2()).isEqualByComparingTo(area);
    }

    @Test
    void shouldReportEachVillagesRegistryPoorHouseholdsAndNoMoreRowsThanHouseholds() {
        for (VillageSample v : set.villages()) {
            long poor = v.toilets().stream().filter(ToiletSample::poorHousehold).count();
            assertThat(poor).as(v.village().name()).isEqualTo(v.village().poorHouseholds());
            assertThat(v.toilets().size()).as(v.village().name()).isLessThanOrEqualTo(v.village().households());
        }
    }

    @Test
    void shouldIssueDistinctIdNumbersWithValidCheckDigitsAndPlausibleBirthDates() {
        // given
        List<String> ids = set.villages().stream().flatMap(v -> v.toilets().stream()).map(ToiletSample::idNumber)
                .toList();

        // then
        assertThat(ids).hasSize(4637).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> {
            assertThat(id).matches("370982\\d{11}[0-9X]");
            assertThat(id.charAt(17)).isEqualTo(gb11643CheckDigit(id));
            LocalDate birth = LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(birth).isBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2000, 12, 31));
        });
    }

    @Test
    void shouldKeepEveryRoadAreaWithinFivePercentOfLengthTimesWidth() {
        set.villages().stream().flatMap(v -> v.roads().stream()).forEach(r -> {
            double expected = r.lengthM() * r.widthM();
            assertThat(Math.abs(r.areaM2() - expected)).isLessThanOrEqualTo(expected * 0.05);
            assertThat(r.widthM()).isBetween(3.0, 6.0);
            assertThat(r.lengthM()).isBetween(1, 20000);
        });
    }

    @Test
    void shouldDateEveryRowInThePeriodsYearAndNotAfterItsEnd() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        LocalDate last = LocalDate.of(2020, 12, 31);
        for (VillageSample v : set.villages()) {
            assertThat(v.toilets()).allSatisfy(t -> assertThat(t.completedOn()).isBetween(first, last));
            assertThat(v.roads()).allSatisfy(r -> assertThat(r.completedOn()).isBetween(first, last));
        }
    }

    @Test
    void shouldDateRowsOfAnEarlierPeriodNoLaterThanItsLastDay() {
        // when
        SampleSet june = SampleReturns.plan(villages, YearMonth.of(2020, 6), SampleReturns.DEFAULT_SEED);

        // then
        LocalDate last = LocalDate.of(2020, 6, 30);
        assertThat(june.villages()).allSatisfy(v -> {
            assertThat(v.toilets()).allSatisfy(t -> assertThat(t.completedOn()).isBeforeOrEqualTo(last));
            assertThat(v.roads()).allSatisfy(r -> assertThat(r.completedOn()).isBeforeOrEqualTo(last));
        });
        assertThat(june.toiletHouseholds()).isEqualTo(set.toiletHouseholds());
    }

    @Test
    void shouldKeepPointNamesUniqueAndOnlineCamerasWithinInstalled() {
        for (VillageSample v : set.villages()) {
            assertThat(v.points()).isNotEmpty();
            assertThat(v.points().stream().map(PointSample::name).toList()).doesNotHaveDuplicates();
            assertThat(v.points()).allSatisfy(p -> {
                assertThat(p.cameras()).isBetween(1, 64);
                assertThat(p.camerasOnline()).isBetween(0, p.cameras());
            });
        }
    }

    @Test
    void shouldNameEveryReturnDifferentlyWithAboutFiveXlsFiles() {
        List<String> names = set.villages().stream().map(VillageSample::fileName).toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names.stream().filter(n -> n.endsWith(".xls")).count()).isBetween(4L, 6L);
        assertThat(names).allMatch(n -> n.endsWith(".xls") || n.endsWith(".xlsx"));
    }

    private static char gb11643CheckDigit(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (id.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
