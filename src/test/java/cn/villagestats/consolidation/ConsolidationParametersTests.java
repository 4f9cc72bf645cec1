package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The job's parameters are written and read in one place, and checked before a run starts. */
class ConsolidationParametersTests {

    private static final Pattern PARAMETER_READ = Pattern.compile("(?i)parameters(\\([^)]*\\))?\\.getString\\(");

    @Test
    void shouldReadBackWhatItWrote() {
        // given
        JobParameters parameters = ConsolidationParameters.of(YearMonth.of(2020, 12), Path.of("inbox/../in"), "night-1",
                Path.of("out"));

        // when / then
        assertThat(ConsolidationParameters.period(parameters)).isEqualTo("2020-12");
        assertThat(ConsolidationParameters.inbox(parameters)).isEqualTo(Path.of("in").toAbsolutePath());
        assertThat(ConsolidationParameters.out(parameters)).isEqualTo(Path.of("out").toAbsolutePath());
        assertThat(parameters.getIdentifyingParameters()).extracting(JobParameter::name)
                .containsExactlyInAnyOrder("period", "inbox", "run.key");
    }

    @Test
    void shouldGiveNoFolderForAParameterNotSet() {
        // given parameters such as a listener may see before the validator has passed them
        JobParameters periodOnly = new JobParametersBuilder().addString("period", "2020-12").toJobParameters();

        // when / then
        assertThat(ConsolidationParameters.inbox(periodOnly)).isNull();
        assertThat(ConsolidationParameters.out(periodOnly)).isNull();
    }

    @Test
    void shouldRefuseAMissingParameterOrAMalformedPeriod() {
        // given
        JobParameters withoutOut = new JobParametersBuilder().addString("period", "2020-12")
                .addString("inbox", "in").addString("run.key", "k").toJobParameters();
        JobParameters badPeriod = new JobParametersBuilder(withoutOut).addString("period", "2020-13")
                .addString("out", "out").toJobParameters();

        // when / then
        assertThatThrownBy(() -> ConsolidationParameters.validator().validate(withoutOut))
                .isInstanceOf(InvalidJobParametersException.class).hasMessage("missing job parameter 'out'");
        assertThatThrownBy(() -> ConsolidationParameters.validator().validate(badPeriod))
                .isInstanceOf(InvalidJobParametersException.class).hasMessage("period must look like 2020-12: 2020-13");
    }

    @Test
    void shouldBeTheOnlyCodeThatReadsTheJobParameters() throws IOException {
        // when: every reading of a job parameter by name, by SpEL or by a string of its own
        List<String> readers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            readers = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith("ConsolidationParameters.java"))
                    .filter(ConsolidationParametersTests::readsAParameter)
                    .map(file -> file.getFileName().toString())
                    .toList();
        }

        // then
        assertThat(readers).isEmpty();
    }

    private static boolean readsAParameter(Path file) {
        try {
            String source = Files.readString(file);
            // SpEL, or getString on anything named parameters: JobParameters, getJobParameters(), parameters(context)
            return source.contains("jobParameters[") || PARAMETER_READ.matcher(source).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
