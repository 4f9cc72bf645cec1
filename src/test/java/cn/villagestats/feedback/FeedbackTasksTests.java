package cn.villagestats.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback of a period is written one return per task, and one that fails does not stop the others. */
class FeedbackTasksTests {

    @TempDir
    Path folder;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void shouldWriteTheFeedbackOfSeveralReturnsOnSeveralThreadsAtOnce() {
        // given four returns whose writers each wait until a second one is being written too
        CyclicBarrier twoAtOnce = new CyclicBarrier(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<FeedbackTasks.Task> tasks = List.of("a", "b", "c", "d").stream()
                .map(name -> task(name, () -> {
                    threads.add(Thread.currentThread().getName());
                    try {
                        // one at a time would break the barrier; the timeout only keeps a broken build from hanging
                        twoAtOnce.await(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("not written two at once", e);
                    }
                    return writeFile(name);
                }))
                .toList();

        // when
        List<Path> written = FeedbackTasks.runAll(tasks, pool);

        // then all four are written, by both threads, and listed in the order of the returns
        assertThat(written).containsExactly(file("a"), file("b"), file("c"), file("d"));
        assertThat(written).allSatisfy(file -> assertThat(file).exists());
        assertThat(threads).hasSize(2);
    }

    @Test
    void shouldWriteTheOtherReturnsWhenOneFailsThenFail() {
        // given, one thread at a time, a return whose feedback fails halfway between two that succeed
        ExecutorService serial = Executors.newSingleThreadExecutor();
        List<FeedbackTasks.Task> tasks = List.of(
                task("a", () -> writeFile("a")),
                task("b", () -> {
                    writeFile("b");
                    throw new UncheckedIOException(new IOException("disk full"));
                }),
                task("c", () -> writeFile("c")));

        // when, then the step fails naming the return, after the others were written
        try {
            assertThatThrownBy(() -> FeedbackTasks.runAll(tasks, serial))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("1 of 3 workbooks: b.xlsx")
                    .hasMessageContaining("disk full");
        } finally {
            serial.shutdownNow();
        }
        assertThat(file("a")).exists();
        assertThat(file("c")).exists();
        // and the half-written one is not left for a clerk to open
        assertThat(file("b")).doesNotExist();
    }

    @Test
    void shouldListOnlyTheReturnsThatHadSomethingToTell() {
        // given a return with problems and a clean one
        List<FeedbackTasks.Task> tasks = List.of(task("a", () -> writeFile("a")), task("b", () -> false));

        // when
        List<Path> written = FeedbackTasks.runAll(tasks, pool);

        // then
        assertThat(written).containsExactly(file("a"));
    }

    @Test
    void shouldWriteTwoReturnsForTheSameFileOneAfterTheOtherSoThatTheLastStands() throws IOException {
        // given two rejected returns of one village: both name the same feedback file
        AtomicBoolean firstDone = new AtomicBoolean();
        List<FeedbackTasks.Task> tasks = List.of(
                task("a", () -> writeFile("a", "first") && firstDone.compareAndSet(false, true)),
                task("a", () -> {
                    if (!firstDone.get()) {
                        throw new IllegalStateException("both written at once");
                    }
                    return writeFile("a", "second");
                }));

        // when
        List<Path> written = FeedbackTasks.runAll(tasks, pool);

        // then
        assertThat(written).containsExactly(file("a"));
        assertThat(Files.readString(file("a"))).isEqualTo("second");
    }

    private FeedbackTasks.Task task(String name, BooleanSupplier write) {
        return new FeedbackTasks.Task(file(name), write);
    }

    private Path file(String name) {
        return folder.resolve(name + ".xlsx");
    }

    private boolean writeFile(String name) {
        return writeFile(name, name);
    }

    private boolean writeFile(String name, String content) {
        try {
            Files.writeString(file(name), content);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
