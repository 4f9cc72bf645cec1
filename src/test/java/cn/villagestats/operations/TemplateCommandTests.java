package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageStatsCli cli = new VillageStatsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void shouldWriteOneVillagesTemplate() throws Exception {
        // when
        int code = cli.execute("template", "--period", "2020-12", "--village", "370982104202", "--out",
                dir.toString());

        // then
        assertThat(code).isZero();
        assertThat(files()).containsExactly("370982104202-泉里村-2020-12-报表模板.xlsx");
    }

    @Test
    void shouldWriteEveryRegistryVillagesTemplateWithoutAVillage() throws Exception {
        // when
        int code = cli.execute("template", "--period", "2020-12", "--out", dir.toString());

        // then
        assertThat(code).isZero();
        assertThat(files()).hasSize(43).allMatch(name -> name.endsWith("-2020-12-报表模板.xlsx"));
    }

    @Test
    void shouldRefuseAVillageNotInTheRegistry() {
        // when
        int code = cli.execute("template", "--period", "2020-12", "--village", "370982999999", "--out",
                dir.toString());

        // then
        assertThat(code).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("370982999999");
    }

    @Test
    void shouldTakeTheVillagesFromTheSeedsFolderTheSettingNames() throws Exception {
        // given a registry of one village that the shipped seeds do not have
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("villages.csv"),
                "village_code,village_name,households,poor_households\n370982999001,新建村,10,1\n");
        Path templates = dir.resolve("templates");

        // when
        int code = cli.execute("template", "--period", "2020-12", "--out", templates.toString(),
                "--villagestats.seeds=" + seeds);

        // then
        assertThat(code).isZero();
        try (Stream<Path> files = Files.list(templates)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("370982999001-新建村-2020-12-报表模板.xlsx");
        }
    }

    private java.util.List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
