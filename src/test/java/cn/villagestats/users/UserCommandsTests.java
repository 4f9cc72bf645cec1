package cn.villagestats.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import cn.villagestats.operations.ExitCode;
import cn.villagestats.operations.VillageStatsCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The {@code user} commands as they are typed, against a database of their own. */
class UserCommandsTests {

    private String url;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void database() {
        url = "jdbc:h2:mem:users-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void shouldAddAUserWithAHashedPasswordReadFromStandardInput() {
        // when
        int code = cli("s3cret-pass\n", "user", "add", "--name", "wang", "--role", "village", "--village", "370982104201");

        // then
        assertThat(code).isZero();
        assertThat(printed()).contains("Added user wang (village, village 370982104201)");
        String hash = jdbc().queryForObject("SELECT password_hash FROM console_user WHERE name = 'wang'", String.class);
        assertThat(hash).startsWith("$2a$").doesNotContain("s3cret-pass");
        cli("", "user", "list");
        assertThat(printed()).containsPattern("wang\\s+village\\s+370982104201\\s+enabled");
    }

    @Test
    void shouldRefuseAVillageUserWithoutAVillageOrWithAnUnknownOne() {
        assertThat(cli("s3cret-pass\n", "user", "add", "--name", "li", "--role", "village"))
                .isEqualTo(ExitCode.REFUSED.code());
        assertThat(errors()).contains("a village user needs --village CODE");
        assertThat(cli("s3cret-pass\n", "user", "add", "--name", "li", "--role", "village", "--village", "370982999999"))
                .isEqualTo(ExitCode.REFUSED.code());
        assertThat(errors()).contains("village code 370982999999 is not in the registry");
        assertThat(cli("s3cret-pass\n", "user", "add", "--name", "li", "--role", "admin"))
                .isEqualTo(ExitCode.REFUSED.code());
        assertThat(errors()).contains("role must be operator, village or county, not 'admin'");
        assertThat(cli("short\n", "user", "add", "--name", "li", "--role", "operator"))
                .isEqualTo(ExitCode.REFUSED.code());
        assertThat(errors()).contains("must have at least 8 characters");
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM console_user", Integer.class)).isZero();
    }

    @Test
    void shouldPrintATokenOnceAndKeepOnlyItsHash() {
        // given
        cli("s3cret-pass\n", "user", "add", "--name", "county1", "--role", "county");
        printed();

        // when
        int code = cli("", "user", "token", "--name", "county1");
        String token = printed().strip();

        // then
        assertThat(code).isZero();
        assertThat(token).startsWith("vs_").hasSize(46);
        assertThat(jdbc().queryForObject("SELECT token_hash FROM api_token", String.class))
                .isEqualTo(UserStore.hash(token)).isNotEqualTo(token);
    }

    @Test
    void shouldDisableAUserAndRevokeItsTokens() {
        // given
        cli("s3cret-pass\n", "user", "add", "--name", "op", "--role", "operator");
        cli("", "user", "token", "--name", "op");
        printed();

        // when
        int code = cli("", "user", "disable", "--name", "op");

        // then
        assertThat(code).isZero();
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM api_token", Integer.class)).isZero();
        cli("", "user", "list");
        assertThat(printed()).containsPattern("op\\s+operator\\s+-\\s+disabled");
        assertThat(cli("", "user", "token", "--name", "op")).isEqualTo(ExitCode.REFUSED.code());
    }

    @Test
    void shouldRefuseAUserAddWithoutAPasswordLine() {
        assertThat(cli("", "user", "add", "--name", "op", "--role", "operator")).isEqualTo(ExitCode.USAGE.code());
        assertThat(errors()).contains("reads the password from standard input");
    }

    private int cli(String stdin, String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=" + url;
        return new VillageStatsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).execute(all);
    }

    private String printed() {
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return text;
    }

    private String errors() {
        String text = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return text;
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
    }
}
