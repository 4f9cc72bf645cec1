package cn.villagestats.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response times of the console on a warm server, in milliseconds from a request's send to its
 * whole answer, one line per kind of request and database; each line shows its median and its
 * worst against the console's target, under {@value #TARGET_MS} ms.
 */
final class Latencies {

    static final int TARGET_MS = 300;

    private final Map<String, List<Double>> lines = new LinkedHashMap<>();

    void add(String line, double millis) {
        lines.computeIfAbsent(line, n -> new ArrayList<>()).add(millis);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The median answer (the lower of the two middle ones for an even count). */
    double median(String line) {
        List<Double> sorted = times(line).stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    double worst(String line) {
        return times(line).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    void print(PrintStream out) {
        out.println();
        out.println("| console request, warm server | database | requests | median (ms) | worst (ms) | target | verdict |");
        out.println("|---|---|---:|---:|---:|---|---|");
        lines.forEach((line, times) -> {
            String[] f = line.split(" \\| ");
            double median = median(line);
            double worst = worst(line);
            out.printf("| %s | %s | %d | %.0f | %.0f | < %d ms | median %s, worst %s |%n", f[0], f[1], times.size(),
                    median, worst, TARGET_MS, verdict(median), verdict(worst));
        });
    }

    /** A line's name: the request and the database, as the table shows them. */
    static String key(String request, String database) {
        return request + " | " + database;
    }

    private static String verdict(double millis) {
        return millis < TARGET_MS ? "met" : "not met";
    }

    private List<Double> times(String line) {
        List<Double> times = lines.get(line);
        if (times == null || times.isEmpty()) {
            throw new IllegalArgumentException("no request timed for " + line);
        }
        return times;
    }
}
