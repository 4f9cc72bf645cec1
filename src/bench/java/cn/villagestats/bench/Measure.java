package cn.villagestats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.intake.OurCellCount;

/**
 * The child JVM of one measurement: runs one reader (or the whole job) over the given
 * files and prints one {@code RESULT} line with time, counts and heap peaks.
 */
public final class Measure {

    static final String RESULT = "RESULT";

    private Measure() {
    }

    public static void main(String[] args) throws Exception {
        String what = args[0];
        Path target = Path.of(args[1]);
        try (HeapWatch heap = new HeapWatch()) {
            Outcome outcome;
            try {
                outcome = what.equals("job") ? JobRun.run(target, Path.of(args[2])) : read(what, files(target));
            } catch (OutOfMemoryError e) {
                outcome = null;
            }
            heap.close();
            if (outcome == null) {
                System.out.printf("%s OOM 0 0 0 %d %d 0 0 0 0%n", RESULT, heap.peakUsedBytes(), heap.peakLiveBytes());
            } else {
                System.out.printf("%s OK %d %d %d %d %d %d %d %d %d%n", RESULT, outcome.nanos(),
                        outcome.count().rows(), outcome.count().cells(), heap.peakUsedBytes(), heap.peakLiveBytes(),
                        outcome.spent().cpuNanos(), outcome.coreNanos(), outcome.spent().jitMillis(),
                        outcome.spent().gcMillis());
            }
        }
        System.exit(0);
    }

    /**
     * Time and what was counted; for the job also {@code coreNanos}, the time of the steps
     * issue 5 calls the full job (discover, load, reconcile, aggregate: read, validate,
     * stage, aggregate), else -1.
     */
    record Outcome(long nanos, Count count, Spent spent, long coreNanos) {

        Outcome(long nanos, Count count, Spent spent) {
            this(nanos, count, spent, -1);
        }
    }

    private static Outcome read(String what, List<Path> files) throws Exception {
        Spent spent = Spent.now();
        long start = System.nanoTime();
        Count total = new Count(0, 0);
        for (Path file : files) {
            total = total.plus(count(what, file));
        }
        return new Outcome(System.nanoTime() - start, total, Spent.now().since(spent));
    }

    static Count count(String what, Path file) throws Exception {
        return switch (what) {
            case "ours" -> OurCellCount.of(file);
            case "poi-usermodel" -> Baselines.poiUserModel(file);
            case "poi-event" -> Baselines.poiEventApi(file);
            case "fastexcel" -> Baselines.fastexcel(file);
            case "inflate" -> Baselines.inflateOnly(file);
            default -> throw new IllegalArgumentException("unknown reader " + what);
        };
    }

    static List<Path> files(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return List.of(target);
        }
        try (Stream<Path> list = Files.list(target)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }
}
