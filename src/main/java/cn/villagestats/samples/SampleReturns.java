package cn.villagestats.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import cn.villagestats.registry.Village;

/**
 * The sample-return generator: one return per village whose rows add up to the township's
 * seed figures, each typed the way a different clerk would. Same villages, period and seed
 * give the same data; only {@link Random} streams derived from the seed are used.
 */
public final class SampleReturns {

    public static final long DEFAULT_SEED = 2020;
    public static final YearMonth DEFAULT_PERIOD = YearMonth.of(2020, 12);

    private SampleReturns() {
    }

    /** The data the returns will hold, without writing anything; villages are taken in code order. */
    public static SampleSet plan(List<Village> villages, YearMonth period, long seed) {
        return plan(villages, period, seed, IdBlock.WHOLE);
    }

    /** The same, with 身份证号 from {@code ids} only: for townships generated apart that form one county. */
    public static SampleSet plan(List<Village> villages, YearMonth period, long seed, IdBlock ids) {
        List<Village> ordered = villages.stream().sorted(Comparator.comparing(Village::code)).toList();
        List<VillageQuota> quotas = new SamplePlan(seed, SeedFigures.TOWNSHIP_2020).quotas(ordered);
        List<ReturnLayout> layouts = ReturnLayouts.assign(ordered, period, seed);
        SampleRows rows = new SampleRows(new Random(seed * 31 + 17), ids);
        Random cover = new Random(seed * 31 + 29);
        ChineseNames preparers = new ChineseNames(cover);
        List<VillageSample> samples = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Village village = ordered.get(i);
            ReturnLayout layout = layouts.get(i);
            samples.add(new VillageSample(village, period, layout.fileName(), preparers.next(village.name()),
                    phone(cover), period.atEndOfMonth().plusDays(1 + cover.nextInt(5)),
                    rows.toilets(village, quotas.get(i), period, layout.omitted()),
                    rows.roads(quotas.get(i), period, layout.omitted()),
                    rows.points(quotas.get(i), period, layout.omitted())));
        }
        return new SampleSet(seed, period, samples);
    }

    /**
     * Writes one return per village into {@code outDir} (created if missing) and returns the
     * files written, in village-code order. {@link #plan} with the same arguments gives the
     * data they hold.
     */
    public static List<Path> generate(List<Village> villages, YearMonth period, long seed, Path outDir)
            throws IOException {
        return generate(villages, period, seed, IdBlock.WHOLE, outDir);
    }

    /** The same, with 身份证号 from {@code ids} only, see {@link #plan(List, YearMonth, long, IdBlock)}. */
    public static List<Path> generate(List<Village> villages, YearMonth period, long seed, IdBlock ids, Path outDir)
            throws IOException {
        SampleSet set = plan(villages, period, seed, ids);
        List<Village> ordered = set.villages().stream().map(VillageSample::village).toList();
        List<ReturnLayout> layouts = ReturnLayouts.assign(ordered, period, seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            files.add(new SampleWorkbookWriter(layouts.get(i)).write(set.villages().get(i), outDir));
        }
        return files;
    }

    private static String phone(Random random) {
        if (random.nextInt(3) == 0) {
            return "0538-" + (7_000_000 + random.nextInt(3_000_000));
        }
        return "1" + (35 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }
}
