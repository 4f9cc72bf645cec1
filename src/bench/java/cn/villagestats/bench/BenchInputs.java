package cn.villagestats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.registry.SeedFiles;
import cn.villagestats.registry.Village;
import cn.villagestats.samples.LedgerReturn;
import cn.villagestats.samples.SampleReturns;

/**
 * Generates the benchmark's inputs with the project's own sample generator. The county is
 * made of batches of the 43 sample returns, each batch under village codes of its own
 * (another township's), so that no return supersedes another and all of them count; the
 * registry of all those villages is written as a seeds folder for the job.
 */
public final class BenchInputs {

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
            List<Village> villages = township(base, batch);
            registry.addAll(villages);
            Path scratch = dir.resolve("batch-" + batch);
            List<Path> files = SampleReturns.generate(villages, JobRun.PERIOD, SampleReturns.DEFAULT_SEED + batch,
                    scratch);
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
        LedgerReturn.write(base.get(0), JobRun.PERIOD, rows, SampleReturns.DEFAULT_SEED, inbox.resolve("ledger.xlsx"));
        writeSeeds(dir.resolve("seeds"), base);
        Files.writeString(done, rows + "\n");
        return inbox;
    }

    /** The villages of the base registry renumbered as township {@code 200 + batch} of the county. */
    static List<Village> township(List<Village> base, int batch) {
        String town = String.format("%03d", 200 + batch);
        return base.stream().map(v -> new Village(v.code().substring(0, 6) + town + v.code().substring(9), v.name(),
                v.households(), v.poorHouseholds())).toList();
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
