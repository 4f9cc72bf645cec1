package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import cn.villagestats.intake.UnreadableReturnException;

/**
 * Takes a return's rows from their source on a thread of its own, at most a bounded number
 * ahead of the step, so that unzipping, parsing and validating the workbook overlaps writing
 * the rows taken before. Only this thread touches the source until {@link #close()} has
 * stopped it; a failure to read reaches the step in row order, where the row would have been.
 * Rows are handed over in batches: one at a time, waking the other thread for each row cost
 * more CPU than validating it.
 */
final class ReadAhead<T> implements AutoCloseable {

    /** Where the rows come from: the next one, or {@code null} after the last. */
    interface Source<T> {
        T next() throws UnreadableReturnException;
    }

    private static final int MAX_BATCH = 256;
    private static final Object END = new Object();

    private final BlockingQueue<List<Object>> queue;
    private final int batchSize;
    private final Source<T> source;
    private final Thread thread;
    private volatile boolean stopped;
    private List<Object> batch = List.of();
    private int taken;
    private boolean ended;

    /** Reads at most about {@code capacity} rows ahead. */
    ReadAhead(Source<T> source, int capacity, String name) {
        this.source = source;
        this.batchSize = Math.max(1, Math.min(MAX_BATCH, capacity / 4));
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity / batchSize));
        this.thread = new Thread(this::readAll, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll() {
        List<Object> rows = new ArrayList<>(batchSize);
        try {
            for (T row = source.next(); row != null; row = source.next()) {
                rows.add(row);
                if (rows.size() == batchSize) {
                    if (!hand(rows)) {
                        return;
                    }
                    rows = new ArrayList<>(batchSize);
                }
            }
            rows.add(END);
        } catch (UnreadableReturnException | RuntimeException e) {
            rows.add(e);
        } catch (Error e) {
            rows.add(new IllegalStateException("reading the workbook failed: " + e, e));
        }
        hand(rows);
    }

    /** Waits for room; gives up when the step has stopped reading. */
    private boolean hand(List<Object> rows) {
        try {
            while (!stopped) {
                if (queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next row, or {@code null} after the last. */
    @SuppressWarnings("unchecked")
    T next() throws UnreadableReturnException {
        if (ended) {
            return null;
        }
        if (taken == batch.size()) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the return", e);
            }
            taken = 0;
        }
        Object item = batch.get(taken++);
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof UnreadableReturnException unreadable) {
            ended = true;
            throw unreadable;
        }
        if (item instanceof RuntimeException failure) {
            ended = true;
            throw failure;
        }
        return (T) item;
    }

    /** Stops the reading thread and waits for it, so that the source can be closed safely. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
