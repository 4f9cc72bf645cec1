package cn.villagestats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the nightly run is started with ({@code JAVA_OPTS} in {@code jobs/nightly.env}),
 * so that the benchmark measures the JVM production runs. The heap is left out: the benchmark
 * gives every run the same one of its own.
 */
final class NightlyJvmOptions {

    private NightlyJvmOptions() {
    }

    static List<String> of(Path nightlyEnv) throws IOException {
        return Files.readAllLines(nightlyEnv).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("JAVA_OPTS="))
                .reduce((first, last) -> last)
                .map(line -> unquote(line.substring("JAVA_OPTS=".length())))
                .map(value -> Arrays.stream(value.split("\\s+"))
                        .filter(option -> !option.isEmpty())
                        .filter(option -> !option.startsWith("-Xmx") && !option.startsWith("-Xms"))
                        .toList())
                .orElse(List.of());
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
