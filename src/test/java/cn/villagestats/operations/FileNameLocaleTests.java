package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} in a JVM started as cron starts it, with the C locale, on the sample returns'
 * Chinese file names: the shipped env file's locale makes it work; without it, it refuses.
 */
class FileNameLocaleTests {

    @TempDir
    Path work;

    @Test
    void shouldRunTheChineseNamedReturnsWithTheEnvFilesLocale() throws Exception {
        // given cron's C locale, and the locale settings of jobs/nightly.env over it
        Map<String, String> locale = localeOfTheEnvFile();

        // when
        Child child = run(locale);

        // then every return was read under its own name
        assertThat(locale).containsOnlyKeys("LANG", "LC_ALL");
        assertThat(child.exitCode()).as(child.output()).isZero();
        assertThat(child.output()).contains("43 files").contains("370982104202泉里村报表.xlsx");
        assertThat(work.resolve("out/township-totals-2020-12.csv")).exists();
    }

    @Test
    void shouldRefuseToRunAndNameTheFixWithoutAUtf8Locale() throws Exception {
        // when the JVM starts with the C locale alone, the file-name options people try included
        Child child = run(Map.of(), "-Dsun.jnu.encoding=UTF-8", "-Dfile.encoding=UTF-8");

        // then nothing ran, and the reason and the fix are given in both languages
        assertThat(child.exitCode()).isEqualTo(64);
        assertThat(child.output())
                .contains("系统的区域设置（locale）不是 UTF-8（文件名编码 ANSI_X3.4-1968），读不出中文文件名，未运行。")
                .contains("请设置环境变量 LANG=C.UTF-8")
                .contains("the locale is not UTF-8 (file names in ANSI_X3.4-1968): Chinese file names cannot be read")
                .contains("Set LANG=C.UTF-8");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void shouldAcceptEveryEncodingThatHoldsChinese() {
        assertThat(FileNameEncoding.refusal("UTF-8")).isEmpty();
        assertThat(FileNameEncoding.refusal("GB18030")).isEmpty();
        assertThat(FileNameEncoding.refusal("ANSI_X3.4-1968")).isPresent();
        assertThat(FileNameEncoding.refusal("ISO-8859-1")).isPresent();
    }

    private static Map<String, String> localeOfTheEnvFile() throws Exception {
        Map<String, String> locale = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("jobs/nightly.env"), StandardCharsets.UTF_8)) {
            if (line.startsWith("LANG=") || line.startsWith("LC_")) {
                locale.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return locale;
    }

    private Child run(Map<String, String> locale, String... jvmOptions) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "cn.villagestats.VillageStatsApplication",
                "run", "--period", "2020-12", "--inbox", "input-samples", "--out", work.resolve("out").toString(),
                "--spring.datasource.url=jdbc:h2:mem:locale", "--villagestats.logs=" + work.resolve("logs")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG")
                || name.equals("LANGUAGE"));
        builder.environment().put("LANG", "C");
        builder.environment().putAll(locale);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Child(process.exitValue(), output);
    }

    private record Child(int exitCode, String output) {
    }
}
