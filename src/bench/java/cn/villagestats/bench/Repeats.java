package cn.villagestats.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table's lines, each measured several times, interleaved, so that a machine whose speed
 * drifts weighs on every line alike; the table takes each one's median run, and every run is
 * printed with it.
 */
final class Repeats {

    private final Map<String, List<Run>> runs = new LinkedHashMap<>();

    void add(String name, Run result) {
        runs.computeIfAbsent(name, n -> new ArrayList<>()).add(result);
    }

    boolean has(String name) {
        return runs.containsKey(name);
    }

    /** The names in the order first measured. */
    List<String> names() {
        return List.copyOf(runs.keySet());
    }

    /** The run of median time (the lower of the two middle ones for an even count); out of memory counts as slowest. */
    Run median(String name) {
        List<Run> sorted = runs.getOrDefault(name, List.of()).stream()
                .sorted(Comparator.comparingDouble(r -> r.outOfMemory() ? Double.MAX_VALUE : r.seconds()))
                .toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no run of " + name);
        }
        return sorted.get((sorted.size() - 1) / 2);
    }

    void print(PrintStream out) {
        runs.forEach((name, results) -> out.printf("- %s, in order (s): %s; median %s%n", name,
                results.stream().map(Repeats::seconds).collect(Collectors.joining(", ")), seconds(median(name))));
    }

    private static String seconds(Run result) {
        return result.outOfMemory() ? "out of memory" : String.format("%.2f", result.seconds());
    }
}
