package cn.villagestats.operations;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import cn.villagestats.VillageStatsApplication;
import cn.villagestats.consolidation.PeriodLockedException;
import cn.villagestats.notification.NightNotifier;
import cn.villagestats.registry.SeedFiles;
import cn.villagestats.samples.SampleReturns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.villagestats.users.UserCommands;
import cn.villagestats.users.UserRefusedException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The {@code villagestats} command line. The command is parsed ({@link Commands}) before Spring
 * starts, so {@code --help} and usage errors answer at once and touch no database.
 */
public final class VillageStatsCli {

    /** The commands that read or write files named in Chinese: they refuse to start without a UTF-8 locale. */
    private static final Set<String> READS_FILE_NAMES = Set.of("run", "rerun", "serve", "generate-samples", "template");

    /** Stack traces, for the log file only (logback-spring.xml): the console gets the cause in words. */
    private static final Logger FAILURES = LoggerFactory.getLogger("cn.villagestats.failures");

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    public VillageStatsCli(PrintStream out, PrintStream err) {
        this(out, err, System.in);
    }

    /** {@code in} gives {@code user add} its password, one line. */
    public VillageStatsCli(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    /**
     * Standard error for {@link #execute}: in UTF-8 where the locale cannot write Chinese (its
     * refusal then stays readable in a log file or a UTF-8 terminal), else as the locale has it.
     */
    public static PrintStream standardError() {
        return FileNameEncoding.refusal().isPresent()
                ? new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
                : System.err;
    }

    public int execute(String... args) {
        Invocation line;
        try {
            line = Commands.parse(args);
            if (line.command().equals("help") || line.wantsHelp()) {
                out.print(Usage.of(line.command()));
                return ExitCode.OK.code();
            }
            if (READS_FILE_NAMES.contains(line.command()) && FileNameEncoding.refusal().isPresent()) {
                err.print(FileNameEncoding.refusal().get());
                return ExitCode.USAGE.code();
            }
            if (line.command().equals("generate-samples")) {
                return generateSamples(line);
            }
            if (line.command().equals("template")) {
                return new TemplateCommand(out, err, seeds(line)).execute(period(line.required("period")),
                        line.option("village", null), Path.of(line.option("out", "templates")));
            }
            return withDatabase(line);
        } catch (UsageException e) {
            err.println("villagestats: " + e.reasonZh());
            err.println("villagestats: " + e.getMessage());
            err.println(Usage.SHORT);
            return ExitCode.USAGE.code();
        }
    }

    private int withDatabase(Invocation line) throws UsageException {
        YearMonth period = line.options().containsKey("period") ? period(line.required("period")) : null;
        Long execution = line.options().containsKey("execution") ? line.requiredNumber("execution") : null;
        int limit = limit(line);
        Path inbox = path(line, "inbox");
        if (inbox != null && !inbox.toFile().isDirectory()) {
            throw new UsageException("收件箱不是文件夹：" + inbox.toAbsolutePath(),
                    "inbox is not a folder: " + inbox.toAbsolutePath());
        }
        if (line.command().startsWith("user ")) {
            return user(line);
        }
        if (line.command().equals("status")) {
            return new StatusCommand(out, err).execute(execution, limit, line.springArguments());
        }
        ConfigurableApplicationContext started;
        try {
            started = boot(line.command(), line.springArguments());
        } catch (RuntimeException e) {
            return cannotStart(line, e, period);
        }
        try (ConfigurableApplicationContext context = started) {
            OperatorConsole console = context.getBean(OperatorConsole.class);
            return switch (line.command()) {
                case "run" -> console.run(period, inbox, path(line, "out"), out);
                case "rerun" -> console.rerun(execution, out);
                case "stop" -> console.stop(line.requiredNumber("execution"), out);
                case "abandon" -> console.abandon(line.requiredNumber("execution"), out);
                case "recover" -> console.recover(line.requiredNumber("execution"), out);
                case "serve" -> console.serve(out);
                default -> throw new UsageException("没有“" + line.command() + "”这个命令", "unknown command " + line.command());
            };
        } catch (UsageException e) {
            throw e;
        } catch (OperatorException e) {
            err.println("villagestats " + line.command() + ": " + e.getMessage());
            return ExitCode.REFUSED.code();
        } catch (PeriodLockedException e) {
            err.println("villagestats " + line.command() + ": " + e.reasonZh());
            err.println("villagestats " + line.command() + ": " + e.reasonEn());
            return ExitCode.REFUSED.code();
        } catch (Exception e) {
            FAILURES.error("villagestats {} failed", line.command(), e);
            PlainReasons.Reason reason = PlainReasons.of(e);
            err.println("villagestats " + line.command() + " 失败：" + reason.zh());
            err.println("villagestats " + line.command() + " failed: " + reason.en());
            return ExitCode.JOB_FAILED.code();
        }
    }

    /**
     * The context did not start (the database, a setting): two plain lines and an exit code; the
     * stack trace is in the log file. A night that cannot start still reaches a person.
     */
    private int cannotStart(Invocation line, RuntimeException e, YearMonth period) {
        FAILURES.error("villagestats {} could not start", line.command(), e);
        StartFailure failure = StartFailure.of(e, settings(line));
        failure.lines(line.command()).forEach(err::println);
        if (line.command().equals("run")) {
            String month = period != null ? period.toString() : "今晚";
            NightMessages.Message message = NightMessages.refused(month, failure.zh());
            NightNotifier.from(settings(line)).send(message.subject(), message.text());
        }
        return failure.exitCode().code();
    }

    private int user(Invocation line) throws UsageException {
        String password = line.command().equals("user add") ? passwordLine() : null;
        ConfigurableApplicationContext started;
        try {
            started = boot(line.command(), line.springArguments());
        } catch (RuntimeException e) {
            return cannotStart(line, e, null);
        }
        try (ConfigurableApplicationContext context = started) {
            UserCommands users = context.getBean(UserCommands.class);
            switch (line.command()) {
                case "user add" -> users.add(line.required("name"), line.required("role"), line.option("village", null),
                        password, out);
                case "user token" -> users.token(line.required("name"), out);
                case "user list" -> users.list(out);
                case "user disable" -> users.disable(line.required("name"), out);
                default -> throw new UsageException("未知命令：" + line.command(), "unknown command " + line.command());
            }
            return ExitCode.OK.code();
        } catch (UserRefusedException e) {
            err.println("villagestats " + line.command() + ": " + e.getMessage());
            return ExitCode.REFUSED.code();
        }
    }

    /** The password of {@code user add}: one line of standard input, never an argument (it would show in ps). */
    private String passwordLine() throws UsageException {
        try {
            String password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (password == null) {
                throw new UsageException("user add 从标准输入读取密码（一行），但没有读到",
                        "user add reads the password from standard input, one line; none was given");
            }
            return password;
        } catch (IOException e) {
            throw new UsageException("无法从标准输入读取密码：" + e.getMessage(),
                    "cannot read the password from standard input: " + e.getMessage());
        }
    }

    private int generateSamples(Invocation line) throws UsageException {
        YearMonth period = period(line.option("period", "2020-12"));
        long seed = optionalNumber(line, "seed", SampleReturns.DEFAULT_SEED);
        Path target = Path.of(line.option("out", "input-samples"));
        try {
            List<Path> files = SampleReturns.generate(new SeedFiles(seeds(line)).villages(), period, seed,
                    target);
            out.printf("Wrote %d sample returns for %s (seed %d) to %s%n", files.size(), period, seed,
                    target.toAbsolutePath());
            return ExitCode.OK.code();
        } catch (Exception e) {
            err.println("villagestats generate-samples: " + e);
            return ExitCode.JOB_FAILED.code();
        }
    }

    /**
     * {@code villagestats.seeds} for the commands that run without Spring: from the command line,
     * a system property or the environment (VILLAGESTATS_SEEDS), as Spring would find it.
     */
    private static Path seeds(Invocation line) {
        return Path.of(settings(line).getProperty("villagestats.seeds", "seeds"));
    }

    /** The settings as far as they are known without Spring Boot: command line, system properties, environment. */
    private static StandardEnvironment settings(Invocation line) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(
                new SimpleCommandLinePropertySource(line.springArguments().toArray(String[]::new)));
        return environment;
    }

    private static Path path(Invocation line, String name) {
        String value = line.options().get(name);
        return value == null ? null : Path.of(value);
    }

    private static long optionalNumber(Invocation line, String name, long fallback) throws UsageException {
        return line.options().containsKey(name) ? line.requiredNumber(name) : fallback;
    }

    /** How many runs {@code status} lists: at least one, at most 10,000 (the history is read whole). */
    private static int limit(Invocation line) throws UsageException {
        long limit = optionalNumber(line, "limit", 20);
        if (limit < 1 || limit > 10_000) {
            throw new UsageException("--limit 须为 1 到 10000 之间的整数，而不是“" + limit + "”",
                    "--limit takes a number of runs from 1 to 10000, not '" + limit + "'");
        }
        return (int) limit;
    }

    private static YearMonth period(String text) throws UsageException {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--period 须为年月，如 2020-12，而不是“" + text + "”",
                    "--period takes a month such as 2020-12, not '" + text + "'");
        }
    }

    /** Only {@code serve} runs the embedded web server (its health endpoint); the other commands start none. */
    private static ConfigurableApplicationContext boot(String command, List<String> springArguments) {
        SpringApplication application = new SpringApplication(VillageStatsApplication.class);
        application.setWebApplicationType(command.equals("serve") ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        return application.run(springArguments.toArray(String[]::new));
    }
}
