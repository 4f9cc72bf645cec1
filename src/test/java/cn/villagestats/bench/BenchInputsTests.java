package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.registry.SeedFiles;
import cn.villagestats.registry.Village;
import cn.villagestats.samples.VillageSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's inputs, at small sizes: they are generated, and every baseline reader
 * counts the same rows and cells in them as our reader does. Nothing here is timed.
 */
class BenchInputsTests {

    @TempDir
    Path work;

    @Test
    void shouldGenerateACountyOfDistinctVillagesWithTheirRegistry() throws Exception {
        // when
        Path inbox = BenchInputs.county(work.resolve("county"), 50);

        // then
        List<Path> files = Measure.files(inbox, true);
        assertThat(files).hasSize(50);
        List<Village> registry = new SeedFiles(work.resolve("county").resolve("seeds")).villages();
        assertThat(registry).extracting(Village::code).doesNotHaveDuplicates();
        assertThat(registry.size()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void shouldGiveEveryTownshipOfTheCountyIdNumbersOfItsOwn() throws Exception {
        // given ten townships: from one pool, their 46,000 numbers would repeat about 50 times
        List<Village> base = new SeedFiles(Path.of("seeds")).villages();

        // when
        List<String> ids = new ArrayList<>();
        for (int batch = 0; batch < 10; batch++) {
            for (VillageSample village : BenchInputs.Township.of(base, batch).plan().villages()) {
                village.toilets().forEach(toilet -> ids.add(toilet.idNumber()));
            }
        }

        // then
        assertThat(ids).hasSizeGreaterThan(40_000).doesNotHaveDuplicates();
    }

    @Test
    void shouldNumberTownshipsPastOneCountyInTheNextCountyWithIdNumbersOfItsArea() throws Exception {
        // given the last township of the first county and the first two of the next, which draw from the same
        // blocks of sequence codes as the first county's first two
        List<Village> base = new SeedFiles(Path.of("seeds")).villages();
        int last = BenchInputs.TOWNSHIPS_PER_COUNTY - 1;

        // when
        List<String> codes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int batch : List.of(0, 1, last, last + 1, last + 2)) {
            BenchInputs.Township township = BenchInputs.Township.of(base, batch);
            township.villages().forEach(village -> codes.add(village.code()));
            for (VillageSample village : township.plan().villages()) {
                village.toilets().forEach(toilet -> ids.add(toilet.idNumber()));
            }
        }

        // then
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.length() == 12);
        assertThat(BenchInputs.Township.of(base, last).villages()).allMatch(v -> v.code().startsWith("370982999"));
        assertThat(BenchInputs.Township.of(base, last + 1).villages()).allMatch(v -> v.code().startsWith("370983200"));
        assertThat(ids).hasSizeGreaterThan(20_000).doesNotHaveDuplicates();
        assertThat(ids.subList(ids.size() - 10, ids.size())).allMatch(id -> id.startsWith("370983"));
    }

    @Test
    void shouldGenerateALedgerWithTheAskedNumberOfRows() throws Exception {
        // when
        Path inbox = BenchInputs.ledger(work.resolve("ledger"), 500);

        // then: 500 data rows plus the toilets header, the cover's lines and two header-only sheets
        Path ledger = inbox.resolve("ledger.xlsx");
        assertThat(ledger).exists();
        assertThat(OurCellCount.of(ledger).rows()).isEqualTo(500 + 1 + 5 + 2);
        assertThat(Files.size(ledger)).isGreaterThan(10_000);
    }

    @Test
    void shouldCountTheSameRowsAndCellsWithEveryBaselineAsOurReader() throws Exception {
        // given a ledger and a handful of clerk-styled returns
        Path ledger = BenchInputs.ledger(work.resolve("ledger"), 300).resolve("ledger.xlsx");
        List<Path> county = Measure.files(BenchInputs.county(work.resolve("county"), 12), true);

        for (Path file : concat(ledger, county)) {
            // when
            Count ours = OurCellCount.of(file);

            // then
            assertThat(Baselines.poiEventApi(file)).as("POI event API on %s", file.getFileName()).isEqualTo(ours);
            assertThat(Baselines.fastexcel(file)).as("fastexcel on %s", file.getFileName()).isEqualTo(ours);
        }
    }

    private static List<Path> concat(Path first, List<Path> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
