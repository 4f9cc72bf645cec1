package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OnLoadPoolTests {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "load-test"));

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    @Test
    void shouldReturnTheResultsInTheItemsOrderHavingWorkedOnThePool() {
        // given items whose work ends in another order than they were given
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        // when
        List<String> results = OnLoadPool.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            sleep(i % 3);
            return "item " + i;
        }, pool);

        // then
        assertThat(results).hasSize(50).startsWith("item 0", "item 1").endsWith("item 49");
        assertThat(threads).containsOnly("load-test");
    }

    @Test
    void shouldThrowTheFirstFailureItselfOnceEveryPieceHasEnded() {
        // given two failing pieces among others
        AtomicInteger ended = new AtomicInteger();

        // when, then
        assertThatThrownBy(() -> OnLoadPool.map(IntStream.range(0, 20).boxed().toList(), i -> {
            sleep(1);
            ended.incrementAndGet();
            if (i == 3 || i == 12) {
                throw new UncheckedIOException("cannot read file " + i, new IOException("gone"));
            }
            return i;
        }, pool)).isInstanceOf(UncheckedIOException.class).hasMessage("cannot read file 3");
        assertThat(ended).hasValue(20);
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
