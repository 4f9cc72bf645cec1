package cn.villagestats.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the feedback of many returns on a pool, one return per task, and waits for all of
 * them: a return whose feedback fails is logged and does not stop the others; the failures
 * are thrown together at the end.
 */
final class FeedbackTasks {

    private static final Logger log = LoggerFactory.getLogger(FeedbackTasks.class);

    private FeedbackTasks() {
    }

    /** One return's feedback: its file, and the work that writes it, false when there was nothing to tell. */
    record Task(Path file, BooleanSupplier write) {

        Task {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(write, "write");
        }
    }

    /**
     * Runs every task on {@code executor}; returns the files written, in the order of the tasks.
     * Tasks for the same file (two returns of a village, both rejected) run one after the other,
     * in order, so that the last one's workbook stands, as when written one by one.
     */
    static List<Path> runAll(List<Task> tasks, Executor executor) {
        Map<Path, List<BooleanSupplier>> byFile = new LinkedHashMap<>();
        tasks.forEach(task -> byFile.computeIfAbsent(task.file(), f -> new ArrayList<>()).add(task.write()));
        List<Path> files = new ArrayList<>(byFile.keySet());
        List<CompletableFuture<Boolean>> running = new ArrayList<>();
        for (List<BooleanSupplier> writes : byFile.values()) {
            running.add(CompletableFuture.supplyAsync(() -> inOrder(writes), executor));
        }
        List<Path> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                if (running.get(i).join()) {
                    written.add(file);
                }
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                log.error("Feedback {} not written: {}", file.getFileName(), cause.toString(), cause);
                removeHalfWritten(file);
                failed.add(file.getFileName().toString());
                causes.add(cause);
            }
        }
        if (!failed.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("feedback not written to " + failed.size()
                    + " of " + files.size() + " workbooks: " + String.join(", ", failed) + "; first: " + causes.get(0));
            causes.forEach(failure::addSuppressed);
            throw failure;
        }
        return written;
    }

    private static boolean inOrder(List<BooleanSupplier> writes) {
        boolean written = false;
        for (BooleanSupplier write : writes) {
            written |= write.getAsBoolean();
        }
        return written;
    }

    /** A clerk must not be sent a workbook cut off halfway. */
    private static void removeHalfWritten(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot remove the half-written {}: {}", file, e.toString());
        }
    }
}
