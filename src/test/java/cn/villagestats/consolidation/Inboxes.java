package cn.villagestats.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.registry.SeedFiles;
import cn.villagestats.registry.Village;
import cn.villagestats.samples.SampleReturns;

/** Builds inboxes for job tests from the project's own sample generator. */
final class Inboxes {

    static final YearMonth PERIOD = YearMonth.of(2020, 12);

    private Inboxes() {
    }

    static List<Village> registry() {
        return new SeedFiles(Path.of("seeds")).villages();
    }

    /** All 43 sample returns of the seed, as {@code generate-samples} writes them. */
    static List<Path> samples(Path folder, long seed) {
        return samples(folder, registry(), seed);
    }

    static List<Path> samples(Path folder, List<Village> villages, long seed) {
        try {
            return SampleReturns.generate(villages, PERIOD, seed, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(Path file, Path inbox, String name, Instant modified) {
        try {
            Files.createDirectories(inbox);
            Path target = inbox.resolve(name);
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(target, FileTime.from(modified));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
