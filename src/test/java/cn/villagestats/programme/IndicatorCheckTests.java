package cn.villagestats.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import cn.villagestats.registry.SeedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application starts only when seeds/indicators.csv and the programmes define the same indicators. */
class IndicatorCheckTests {

    private static final Path SEEDS = Path.of("seeds");

    @TempDir
    Path folder;

    @Test
    void shouldPassTheProjectsOwnSeeds() {
        assertThatCode(() -> new IndicatorCheck(StandardProgrammes.PROGRAMMES, SEEDS).afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAnIndicatorDefinedWithItsAggregateButMissingFromTheCsv() throws IOException {
        // given the seeds without the row of toilet.subsidy_yuan
        seeds(line -> !line.startsWith("toilet.subsidy_yuan,"));

        // when / then the start fails, naming the indicator in Chinese and English
        assertThatThrownBy(() -> new IndicatorCheck(StandardProgrammes.PROGRAMMES, folder).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("指标“改厕补助金额”（toilet.subsidy_yuan）由项目“卫生改厕”定义，但 indicators.csv 中没有这一行")
                .hasMessageContaining("indicator toilet.subsidy_yuan (toilet subsidy) is defined by programme 卫生改厕 "
                        + "but has no row in indicators.csv");
    }

    @Test
    void shouldRefuseACsvRowThatNoProgrammeDefines() throws IOException {
        // given the seeds with a row no programme computes
        seeds(line -> true, "water.projects,饮水安全工程数,处,accepted drinking-water rows");

        // when / then
        assertThatThrownBy(() -> new IndicatorCheck(StandardProgrammes.PROGRAMMES, folder).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("indicators.csv 中的指标“饮水安全工程数”（water.projects）没有哪个项目定义它的算法")
                .hasMessageContaining("indicator water.projects (accepted drinking-water rows) in indicators.csv is "
                        + "defined by no programme");
    }

    @Test
    void shouldRefuseANameOrUnitTheCsvSpellsOtherwise() throws IOException {
        // given the seeds with road.length_m in kilometres
        List<String> lines = Files.readAllLines(SEEDS.resolve("indicators.csv"), StandardCharsets.UTF_8).stream()
                .map(line -> line.startsWith("road.length_m,") ? "road.length_m,硬化道路长度,公里,sum of 长度" : line)
                .toList();
        Files.write(folder.resolve("indicators.csv"), lines, StandardCharsets.UTF_8);

        // when
        List<String> disagreements = new IndicatorCheck(StandardProgrammes.PROGRAMMES, folder)
                .disagreements(new SeedFiles(folder).indicators());

        // then
        assertThat(disagreements).containsExactly("指标“硬化道路长度”（road.length_m）在 indicators.csv 中写作“硬化道路长度”"
                + "（公里），项目“道路硬化”定义为“硬化道路长度”（米） / indicator road.length_m (length of roads hardened) "
                + "has name and unit 硬化道路长度 (公里) in indicators.csv but 硬化道路长度 (米) in programme 道路硬化");
    }

    @Test
    void shouldLeaveTheJobsOwnCountsToTheCsv() throws IOException {
        // given the seeds: returns.expected and returns.received are counted by the job, not by a programme
        seeds(line -> true);

        // when / then
        assertThat(new IndicatorCheck(StandardProgrammes.PROGRAMMES, folder)
                .disagreements(new SeedFiles(folder).indicators())).isEmpty();
    }

    private void seeds(Predicate<String> keep, String... extra) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SEEDS.resolve("indicators.csv"),
                StandardCharsets.UTF_8).stream().filter(keep).toList());
        lines.addAll(List.of(extra));
        Files.write(folder.resolve("indicators.csv"), lines, StandardCharsets.UTF_8);
    }
}
