package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs with the nightly run's JVM options, less the heap it sets itself. */
class NightlyJvmOptionsTests {

    @TempDir
    Path work;

    @Test
    void shouldTakeTheNightlyRunsOptionsWithoutItsHeap() throws Exception {
        // given
        Path env = work.resolve("nightly.env");
        Files.writeString(env, """
                # JAVA_OPTS=-Xmx9g in a comment is not an option
                SPRING_DATASOURCE_URL=jdbc:h2:file:/tmp/x
                JAVA_OPTS="-Xms256m -Xmx1g -XX:+UseParallelGC  -Dfile.encoding=UTF-8"
                """);

        // when
        List<String> options = NightlyJvmOptions.of(env);

        // then
        assertThat(options).containsExactly("-XX:+UseParallelGC", "-Dfile.encoding=UTF-8");
    }

    @Test
    void shouldReadTheProjectsOwnNightlyEnvironment() throws Exception {
        // when
        List<String> options = NightlyJvmOptions.of(Path.of("jobs", "nightly.env"));

        // then: the garbage collector the nightly run chose is what the benchmark measures
        assertThat(options).contains("-XX:+UseParallelGC").noneMatch(option -> option.startsWith("-Xmx"));
    }
}
