package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The schedule definitions in {@code jobs/} pass what the application reads, and call {@code run}. */
class JobDefinitionsTests {

    private static final List<String> READ_BY_THE_NIGHTLY_RUN = List.of("villagestats.inbox-root", "villagestats.out",
            "villagestats.period.previous-month-until-day", "villagestats.schedule.zone", "villagestats.seeds",
            "villagestats.logs", "spring.datasource.url");

    @Test
    void shouldSetEveryPropertyTheNightlyRunReadsAndNoOther() throws Exception {
        // given the parameter file, as systemd and the crontab line load it into the environment
        Map<String, Object> environment = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("jobs/nightly.env"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                environment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }

        // when Spring looks the properties up there
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource("env", environment);

        // then each is found, and each entry of the file is one of them (or the JVM's options)
        assertThat(READ_BY_THE_NIGHTLY_RUN).allSatisfy(p -> assertThat(source.containsProperty(p)).as(p).isTrue());
        assertThat(environment.keySet()).hasSize(READ_BY_THE_NIGHTLY_RUN.size() + 3).contains("JAVA_OPTS", "LANG", "LC_ALL");
        assertThat(environment).containsEntry("LANG", "C.UTF-8").containsEntry("LC_ALL", "C.UTF-8");
    }

    @Test
    void shouldSourceTheParameterFileInAShellAsTheCrontabLineDoes() throws Exception {
        // given the crontab line's way of loading it: sourced by sh, exported with set -a
        Process shell = new ProcessBuilder("sh", "-c", "set -a && . jobs/nightly.env && set +a && echo \"$JAVA_OPTS\"")
                .redirectErrorStream(true).start();

        // when
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        // then every JVM option arrives, none is run as a command
        assertThat(shell.waitFor()).as(output).isZero();
        assertThat(output).startsWith("-Xmx").contains("-XX:+UseParallelGC");
    }

    @Test
    void shouldRunTheCrontabLineOnTheFirstNightWithAUtf8LocaleAndItsOutputInTheLog(@TempDir Path home)
            throws Exception {
        // given an installation without a logs folder, and a `java` that shows what it was started with
        String line = Files.readAllLines(Path.of("jobs/villagestats.crontab")).stream()
                .filter(l -> l.startsWith("0 2 * * * ")).findFirst().orElseThrow();
        String command = line.substring("0 2 * * * ".length()).replace("/opt/villagestats", home.toString());
        Files.createDirectories(home.resolve("jobs"));
        Files.copy(Path.of("jobs/nightly.env"), home.resolve("jobs/nightly.env"));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"LANG=$LANG LC_ALL=$LC_ALL $*\"\necho oops >&2\n");
        bin.resolve("java").toFile().setExecutable(true);

        // when cron runs it, with cron's bare environment
        ProcessBuilder cron = new ProcessBuilder("sh", "-c", command);
        cron.environment().clear();
        cron.environment().put("PATH", bin + ":/usr/bin:/bin");
        Process shell = cron.redirectErrorStream(true).start();
        String mailed = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then the log folder was made, the run had the locale and its whole output went to the log, none to cron's mail
        assertThat(shell.waitFor()).isZero();
        assertThat(mailed).isEmpty();
        assertThat(Files.readString(home.resolve("logs/cron.log"))).startsWith("LANG=C.UTF-8 LC_ALL=C.UTF-8 -Xmx")
                .endsWith(" -jar villagestats.jar run\noops\n");
    }

    @Test
    void shouldCallTheRunCommandFromCronAndSystemd() throws Exception {
        // given
        String crontab = Files.readString(Path.of("jobs/villagestats.crontab"));
        String service = Files.readString(Path.of("jobs/villagestats-nightly.service"));
        String timer = Files.readString(Path.of("jobs/villagestats-nightly.timer"));

        // then
        assertThat(crontab).doesNotContainPattern("(?m)^CRON_TZ=")
                .containsPattern("(?m)^0 2 \\* \\* \\* .*-jar villagestats\\.jar run ");
        assertThat(service).contains("Environment=LANG=C.UTF-8 LC_ALL=C.UTF-8")
                .contains("EnvironmentFile=/opt/villagestats/jobs/nightly.env")
                .containsPattern("ExecStart=.*-jar /opt/villagestats/villagestats\\.jar run'");
        assertThat(timer).contains("OnCalendar=*-*-* 02:00:00 Asia/Shanghai").contains("Unit=villagestats-nightly.service");
    }
}
