package cn.villagestats.sort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pairs come out by key, then value, whatever order they went in, whether sorted in memory or in runs on disk. */
class LongPairSortTests {

    @TempDir
    Path runs;

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1000})
    void shouldSortByKeyThenValueWhateverTheOrderAdded(int pairsInMemory) {
        // given keys with many repeats, their values added out of order (returns read back at once)
        Random random = new Random(5);
        List<long[]> added = new ArrayList<>();
        for (int value = 0; value < 500; value++) {
            added.add(new long[] {random.nextInt(40) - 20, value});
        }
        Collections.shuffle(added, random);

        // when
        List<long[]> sorted = new ArrayList<>();
        try (LongPairSort sort = new LongPairSort(pairsInMemory, runs)) {
            added.forEach(pair -> sort.add(pair[0], pair[1]));
            LongPairSort.Cursor cursor = sort.sorted();
            while (cursor.next()) {
                sorted.add(new long[] {cursor.key(), cursor.value()});
            }
        }

        // then
        List<long[]> expected = added.stream().sorted(Comparator.<long[]>comparingLong(p -> p[0])
                .thenComparingLong(p -> p[1])).toList();
        assertThat(sorted).hasSize(500).zipSatisfy(expected, (got, want) -> assertThat(got).containsExactly(want));
    }

    @Test
    void shouldGiveNothingWhenNothingWasAdded() {
        try (LongPairSort sort = new LongPairSort(4, runs)) {
            assertThat(sort.sorted().next()).isFalse();
        }
    }

    @Test
    void shouldDeleteItsRunsOnDiskWhenClosed() throws IOException {
        // given pairs beyond what is sorted in memory
        try (LongPairSort sort = new LongPairSort(2, runs)) {
            for (long key = 10; key > 0; key--) {
                sort.add(key, 10 - key);
            }
            LongPairSort.Cursor cursor = sort.sorted();
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.key()).isEqualTo(1);
            assertThat(files()).isNotEmpty();
        }

        // then
        assertThat(files()).isEmpty();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(runs)) {
            return list.toList();
        }
    }
}
