package cn.villagestats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.registry.SeedFiles;
import cn.villagestats.registry.Village;
import cn.villagestats.samples.IdBlock;
import cn.villagestats.samples.LedgerReturn;
import cn.villagestats.samples.SampleReturns;
import cn.villagestats.samples.SampleSet;

/**
 * Generates the benchmark's inputs with the project's own sample generator. The county is
 * made of batches of the 43 sample returns, each batch under village codes of its own
 * (another township's), so that no return supersedes another and all of them count; the
 * registry of all those villages is written as a seeds folder for the job.
 */
public final class BenchInputs {

    /** Township codes 200 to 999 of a county: three digits, after the base's own townships. */
    static final int TOWNSHIPS_PER_COUNTY = 800;
    /** The period of every generated return: that of the samples. */
    static final YearMonth PERIOD = YearMonth.parse(OurProcess.PERIOD);

    private BenchInputs() {
    }

    /** The inbox of {@code returns} {@code .xlsx} returns under {@code dir}; seeds in {@code dir/seeds}. */
    public static Path county(Path dir, int returns) throws IOException {
        Path inbox = dir.resolve("inbox");
        Path done = dir.resolve("complete");
        if (Files.exists(done)) {
            return inbox;
        }
        Files.createDirectories(inbox);
        List<Village> base = new SeedFiles(Path.of("seeds")).villages();
        List<Village> registry = new ArrayList<>();
        int written = 0;
        for (int batch = 0; written < returns; batch++) {
            Township township = Township.of(base, batch);
            registry.addAll(township.villages());
            Path scratch = dir.resolve("batch-" + batch);
            List<Path> files = township.generate(scratch);
            for (Path file : files) {
                if (written < returns && file.getFileName().toString().endsWith(".xlsx")) {
                    Files.move(file, inbox.resolve(String.format("t%03d-%s", batch, file.getFileName())),
                            StandardCopyOption.REPLACE_EXISTING);
                    written++;
                }
            }
            deleteTree(scratch);
        }
        writeSeeds(dir.resolve("seeds"), registry);
        Files.writeString(done, returns + "\n");
        return inbox;
    }

    /** An inbox holding one return whose 卫生改厕 sheet has {@code rows} rows; seeds in {@code dir/seeds}. */
    public static Path ledger(Path dir, int rows) throws IOException {
        Path inbox = dir.resolve("inbox");
        Path done = dir.resolve("complete");
        if (Files.exists(done)) {
            return inbox;
        }
        Files.createDirectories(inbox);
        List<Village> base = new SeedFiles(Path.of("seeds")).villages();
        LedgerReturn.write(base.get(0), PERIOD, rows, SampleReturns.DEFAULT_SEED, inbox.resolve("ledger.xlsx"));
        writeSeeds(dir.resolve("seeds"), base);
        Files.writeString(done, rows + "\n");
        return inbox;
    }

    /**
     * Township {@code batch} of the county: the base registry's villages under codes of their
     * own, a seed of its own, and 身份证号 apart from every other township's, as no two people
     * share one. Drawn from one pool, a county's random numbers would repeat by chance (about
     * 6,000 repeated rows in 5,000 returns) and grow the duplicate check and the feedback with
     * the square of the returns. One sequence code per township leaves each 22,000 numbers for
     * its 4,600 households; past {@link #TOWNSHIPS_PER_COUNTY} townships the next ones belong to
     * the next county, whose area code their villages' codes and their people's numbers carry:
     * a province's 100,000 returns take four such counties.
     */
    record Township(List<Village> villages, long seed, IdBlock ids) {

        static Township of(List<Village> base, int batch) {
            return new Township(township(base, batch), SampleReturns.DEFAULT_SEED + batch,
                    new IdBlock(batch % TOWNSHIPS_PER_COUNTY, IdBlock.MAX_BLOCKS));
        }

        SampleSet plan() {
            return SampleReturns.plan(villages, PERIOD, seed, ids);
        }

        List<Path> generate(Path dir) throws IOException {
            return SampleReturns.generate(villages, PERIOD, seed, ids, dir);
        }
    }

    /**
     * The villages of the base registry renumbered as township {@code 200 + batch} of the base's
     * county, or, past {@link #TOWNSHIPS_PER_COUNTY}, of a county numbered after it.
     */
    static List<Village> township(List<Village> base, int batch) {
        String town = String.format("%03d", 200 + batch % TOWNSHIPS_PER_COUNTY);
        int counties = batch / TOWNSHIPS_PER_COUNTY;
        return base.stream().map(v -> {
            int county = Integer.parseInt(v.code().substring(4, 6)) + counties;
            if (county > 99) {
                throw new IllegalArgumentException("no county code left for township " + batch);
            }
            return new Village(v.code().substring(0, 4) + String.format("%02d", county) + town + v.code().substring(9),
                    v.name(), v.households(), v.poorHouseholds());
        }).toList();
    }

    private static void writeSeeds(Path seeds, List<Village> villages) throws IOException {
        Files.createDirectories(seeds);
        StringBuilder csv = new StringBuilder("village_code,village_name,households,poor_households\n");
        for (Village v : villages) {
            csv.append(v.code()).append(',').append(v.name()).append(',').append(v.households()).append(',')
                    .append(v.poorHouseholds()).append('\n');
        }
        Files.writeString(seeds.resolve("villages.csv"), csv);
        Files.copy(Path.of("seeds", "indicators.csv"), seeds.resolve("indicators.csv"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
