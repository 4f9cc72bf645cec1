package cn.villagestats.sort;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts pairs of longs by key, then by value, with a heap that does not grow with the
 * input: up to a fixed number of pairs are sorted in memory, more go to disk in sorted
 * runs that are merged when read. Pairs may be added in any order (several producers'
 * pairs interleaved, say).
 */
public final class LongPairSort implements AutoCloseable {

    private final long[] keys;
    private final long[] values;
    private final long[] keyBuffer;
    private final long[] valueBuffer;
    private final List<Path> runs = new ArrayList<>();
    private final List<Integer> runSizes = new ArrayList<>();
    private final List<DataInputStream> open = new ArrayList<>();
    private final Path directory;
    private int size;

    public LongPairSort(int pairsInMemory) {
        this(pairsInMemory, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Runs go to {@code directory}, and are deleted on {@link #close()}. */
    public LongPairSort(int pairsInMemory, Path directory) {
        this.directory = directory;
        keys = new long[pairsInMemory];
        values = new long[pairsInMemory];
        keyBuffer = new long[pairsInMemory];
        valueBuffer = new long[pairsInMemory];
    }

    public void add(long key, long value) {
        if (size == keys.length) {
            spill();
        }
        keys[size] = key;
        values[size] = value;
        size++;
    }

    /** Every pair added, in order; the last pairs added are sorted in memory, earlier runs are merged from disk. */
    public Cursor sorted() {
        sortInMemory();
        List<Cursor> sources = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            sources.add(LongPairCursors.run(reader(runs.get(i)), runSizes.get(i)));
        }
        sources.add(LongPairCursors.inMemory(keys, values, size));
        return sources.size() == 1 ? sources.get(0) : LongPairCursors.merged(sources);
    }

    @Override
    public void close() {
        for (DataInputStream in : open) {
            try {
                in.close();
            } catch (IOException e) {
                // closing a read-only temporary file: nothing to lose
            }
        }
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                run.toFile().deleteOnExit();
            }
        }
    }

    private void spill() {
        sortInMemory();
        try {
            Path run = Files.createTempFile(directory, "villagestats-sort", ".run");
            runs.add(run);
            runSizes.add(size);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run),
                    1 << 16))) {
                for (int i = 0; i < size; i++) {
                    out.writeLong(keys[i]);
                    out.writeLong(values[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sort run to the temporary directory", e);
        }
        size = 0;
    }

    private DataInputStream reader(Path run) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
            open.add(in);
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a sort run", e);
        }
    }

    /** Bottom-up merge sort by key, then value: n log n whatever the keys (they come from untrusted files). */
    private void sortInMemory() {
        long[] fromKeys = keys;
        long[] fromValues = values;
        long[] toKeys = keyBuffer;
        long[] toValues = valueBuffer;
        for (int width = 1; width < size; width *= 2) {
            for (int low = 0; low < size; low += 2 * width) {
                int middle = Math.min(low + width, size);
                int high = Math.min(low + 2 * width, size);
                int left = low;
                int right = middle;
                for (int i = low; i < high; i++) {
                    boolean takeLeft = left < middle && (right >= high || fromKeys[left] < fromKeys[right]
                            || fromKeys[left] == fromKeys[right] && fromValues[left] <= fromValues[right]);
                    int from = takeLeft ? left++ : right++;
                    toKeys[i] = fromKeys[from];
                    toValues[i] = fromValues[from];
                }
            }
            long[] swap = fromKeys;
            fromKeys = toKeys;
            toKeys = swap;
            swap = fromValues;
            fromValues = toValues;
            toValues = swap;
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, size);
            System.arraycopy(fromValues, 0, values, 0, size);
        }
    }

    /** Pairs in order: {@link #next()} moves to the next pair, false after the last. */
    public interface Cursor {

        boolean next();

        long key();

        long value();
    }
}
