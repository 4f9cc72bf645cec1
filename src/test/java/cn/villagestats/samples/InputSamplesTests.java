package cn.villagestats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.registry.SeedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSamplesTests {

    @TempDir
    Path regenerated;

    @Test
    void shouldMatchWhatTheGeneratorWritesForSeed2020() throws Exception {
        // given the committed samples
        Path committed = Path.of("input-samples");

        // when the generator runs again with the documented seed
        List<Path> files = SampleReturns.generate(new SeedFiles(Path.of("seeds")).villages(),
                SampleReturns.DEFAULT_PERIOD, SampleReturns.DEFAULT_SEED, regenerated);

        // then it writes the same files, byte for byte
        assertThat(names(committed)).containsExactlyInAnyOrderElementsOf(
                files.stream().map(f -> f.getFileName().toString()).toList());
        for (Path file : files) {
            assertThat(file).as(file.getFileName().toString()).hasSameBinaryContentAs(committed.resolve(file.getFileName()));
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
