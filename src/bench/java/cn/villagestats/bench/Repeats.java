package cn.villagestats.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines the bars are computed from, each measured several times, interleaved, so that a
 * machine whose speed drifts weighs on every line alike; the table takes each one's median
 * run, and every run is printed with it.
 */
final class Repeats {

    private final Map<String, List<ChildJvm.Result>> runs = new LinkedHashMap<>();

    void add(String name, ChildJvm.Result result) {
        runs.computeIfAbsent(name, n -> new ArrayList<>()).add(result);
    }

    boolean has(String name) {
        return runs.containsKey(name);
    }

    /** The run of median time (the lower of the two middle ones for an even count); out of memory counts as slowest. */
    ChildJvm.Result median(String name) {
        List<ChildJvm.Result> sorted = runs.getOrDefault(name, List.of()).stream()
                .sorted(Comparator.comparingDouble(r -> r.outOfMemory() ? Double.MAX_VALUE : r.seconds()))
                .toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no run of " + name);
        }
        return sorted.get((sorted.size() - 1) / 2);
    }

    void print(PrintStream out) {
        runs.forEach((name, results) -> out.printf("Runs of %s, in order (s): %s; median %s%n", name,
                results.stream().map(Repeats::seconds).collect(Collectors.joining(", ")), seconds(median(name))));
    }

    private static String seconds(ChildJvm.Result result) {
        return result.outOfMemory() ? "out of memory" : String.format("%.2f", result.seconds());
    }
}
