package cn.villagestats.sort;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.PriorityQueue;

/** The ways {@link LongPairSort} hands its pairs back: from memory, from a run on disk, and merged. */
final class LongPairCursors {

    private LongPairCursors() {
    }

    static LongPairSort.Cursor inMemory(long[] keys, long[] values, int size) {
        return new MemoryCursor(keys, values, size);
    }

    /** The {@code size} pairs of a run, read as written: key, value, key, value. */
    static LongPairSort.Cursor run(DataInputStream in, int size) {
        return new RunCursor(in, size);
    }

    /** Sorted cursors merged into one; between equal keys the smaller value first. */
    static LongPairSort.Cursor merged(List<LongPairSort.Cursor> sources) {
        return new MergeCursor(sources);
    }

    private static final class MemoryCursor implements LongPairSort.Cursor {

        private final long[] keys;
        private final long[] values;
        private final int size;
        private int index = -1;

        MemoryCursor(long[] keys, long[] values, int size) {
            this.keys = keys;
            this.values = values;
            this.size = size;
        }

        @Override
        public boolean next() {
            return ++index < size;
        }

        @Override
        public long key() {
            return keys[index];
        }

        @Override
        public long value() {
            return values[index];
        }
    }

    private static final class RunCursor implements LongPairSort.Cursor {

        private final DataInputStream in;
        private int left;
        private long key;
        private long value;

        RunCursor(DataInputStream in, int size) {
            this.in = in;
            this.left = size;
        }

        @Override
        public boolean next() {
            if (left == 0) {
                return false;
            }
            left--;
            try {
                key = in.readLong();
                value = in.readLong();
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a sort run", e);
            }
        }

        @Override
        public long key() {
            return key;
        }

        @Override
        public long value() {
            return value;
        }
    }

    private static final class MergeCursor implements LongPairSort.Cursor {

        private final PriorityQueue<LongPairSort.Cursor> heads = new PriorityQueue<>((a, b) -> a.key() != b.key()
                ? Long.compare(a.key(), b.key()) : Long.compare(a.value(), b.value()));
        private LongPairSort.Cursor current;

        MergeCursor(List<LongPairSort.Cursor> sources) {
            for (LongPairSort.Cursor source : sources) {
                if (source.next()) {
                    heads.add(source);
                }
            }
        }

        @Override
        public boolean next() {
            if (current != null && current.next()) {
                heads.add(current);
            }
            current = heads.poll();
            return current != null;
        }

        @Override
        public long key() {
            return current.key();
        }

        @Override
        public long value() {
            return current.value();
        }
    }
}
