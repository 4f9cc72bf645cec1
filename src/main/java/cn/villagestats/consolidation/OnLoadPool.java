package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Runs the independent pieces of a step around the load (one file to hash, one page of a
 * return to read back) on the load's pool, idle then: those steps use as many cores as the
 * load does, and one thread when the load is given one.
 */
final class OnLoadPool {

    private OnLoadPool() {
    }

    /**
     * {@code work} applied to every item on {@code pool}; the results in the items' order. When a
     * piece fails, the first failure is thrown once every piece has ended.
     */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work, Executor pool) {
        List<CompletableFuture<R>> pieces = new ArrayList<>(items.size());
        for (T item : items) {
            pieces.add(CompletableFuture.supplyAsync(() -> work.apply(item), pool));
        }
        // every piece ends before anything is thrown: none is left running against a failed step
        CompletableFuture.allOf(pieces.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        List<R> results = new ArrayList<>(pieces.size());
        for (CompletableFuture<R> piece : pieces) {
            try {
                results.add(piece.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return results;
    }
}
