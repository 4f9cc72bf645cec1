package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Runs the independent pieces of a step around the load (one file to hash, one return to read
 * back) on the load's pool, idle then: those steps use as many cores as the load does, and one
 * thread when the load is given one.
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
        try {
            CompletableFuture.allOf(pieces.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            for (CompletableFuture<R> piece : pieces) {
                if (piece.isCompletedExceptionally()) {
                    throw unwrapped(piece);
                }
            }
        }
        return pieces.stream().map(CompletableFuture::join).toList();
    }

    private static RuntimeException unwrapped(CompletableFuture<?> failed) {
        try {
            failed.join();
            throw new IllegalStateException("a piece failed and then did not");
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                return runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return e;
        }
    }
}
