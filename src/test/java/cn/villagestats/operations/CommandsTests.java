package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's grammar: commands, options, help, Spring's settings passed through, usage errors. */
class CommandsTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VillageStatsCli cli = new VillageStatsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void shouldPassAnyPropertyGivenAsNameEqualsValueThroughToSpring() throws Exception {
        // when
        Invocation line = Commands.parse("serve", "--server.port=8081", "--spring.mail.host=smtp.example.gov.cn",
                "--management.endpoint.health.show-details=always");

        // then
        assertThat(line.command()).isEqualTo("serve");
        assertThat(line.springArguments()).containsExactly("--server.port=8081", "--spring.mail.host=smtp.example.gov.cn",
                "--management.endpoint.health.show-details=always");
    }

    @Test
    void shouldReadACommandsOptionsInEitherFormBesideSpringsSettings() throws Exception {
        // when
        Invocation line = Commands.parse("run", "--period=2020-12", "--spring.datasource.url=jdbc:h2:mem:x",
                "--inbox", "inbox", "--out", "out");

        // then
        assertThat(line.options()).isEqualTo(Map.of("period", "2020-12", "inbox", "inbox", "out", "out"));
        assertThat(line.springArguments()).containsExactly("--spring.datasource.url=jdbc:h2:mem:x");
    }

    @Test
    void shouldReadUsersSubcommandsAsCommandsOfTheirOwn() throws Exception {
        // when
        Invocation line = Commands.parse("user", "add", "--name", "wang", "--role", "operator");

        // then
        assertThat(line.command()).isEqualTo("user add");
        assertThat(line.options()).isEqualTo(Map.of("name", "wang", "role", "operator"));
        assertThat(line.springArguments()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status --help|status [--execution N] [--limit N]",
            "user add --help|user add --name NAME --role operator|village|county",
            "template -h|template --period YYYY-MM [--village CODE] [--out DIR]",
            "help|Exit codes:"})
    void shouldPrintTheHelpOfEachCommandAndExitZero(String line, String expected) {
        // when
        int code = cli.execute(line.split(" "));

        // then
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(expected);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status --limit|选项 --limit 后面缺少值|option --limit needs a value",
            "run --perid=2020-12|run 命令没有选项“--perid=2020-12”|unknown option '--perid=2020-12' for run",
            "serve extra|serve 命令没有选项“extra”|unknown option 'extra' for serve",
            "user|user 命令须跟 add、token、list 或 disable|user takes one of add, token, list, disable",
            "user remove --name x|没有“remove”这个命令|unknown command 'remove'",
            "|没有给出命令|no command given"})
    void shouldRefuseAWrongCommandLineInChineseAndEnglishWithTheUsageExitCode(String line, String zh, String en) {
        // when
        int code = cli.execute(line == null ? new String[0] : line.split(" "));

        // then
        assertThat(code).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "villagestats: " + zh + "\nvillagestats: " + en + "\n" + Usage.SHORT + "\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldTakeAValueStartingWithAnAtSignAsItIs() throws Exception {
        // when
        Invocation line = Commands.parse("user", "token", "--name", "@README.md");

        // then
        assertThat(line.options()).isEqualTo(Map.of("name", "@README.md"));
    }

    @Test
    void shouldTakeTheLastOfAnOptionGivenTwice() throws Exception {
        // when
        Invocation line = Commands.parse("status", "--limit", "5", "--limit", "7");

        // then
        assertThat(line.options()).isEqualTo(Map.of("limit", "7"));
    }
}
