package cn.villagestats.operations;

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
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.villagestats.VillageStatsApplication;
import cn.villagestats.consolidation.PeriodLockedException;
import cn.villagestats.registry.SeedFiles;
import cn.villagestats.samples.SampleReturns;
import cn.villagestats.users.UserCommands;
import cn.villagestats.users.UserRefusedException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code villagestats} command line. The command is parsed before Spring starts, so
 * {@code --help} and usage errors answer at once and touch no database.
 */
public final class VillageStatsCli {

    private static final Map<String, Set<String>> OPTIONS = Map.ofEntries(
            Map.entry("help", Set.of()),
            Map.entry("run", Set.of("period", "inbox", "out")),
            Map.entry("status", Set.of("execution", "limit")),
            Map.entry("rerun", Set.of("execution")),
            Map.entry("stop", Set.of("execution")),
            Map.entry("abandon", Set.of("execution")),
            Map.entry("recover", Set.of("execution")),
            Map.entry("serve", Set.of()),
            Map.entry("generate-samples", Set.of("out", "seed", "period")),
            Map.entry("template", Set.of("period", "village", "out")),
            Map.entry("user", Set.of()),
            Map.entry("user add", Set.of("name", "role", "village")),
            Map.entry("user token", Set.of("name")),
            Map.entry("user list", Set.of()),
            Map.entry("user disable", Set.of("name")));

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

    public int execute(String... args) {
        CommandLine line;
        try {
            line = CommandLine.parse(withSubcommand(args), OPTIONS);
            if (line.command().equals("help") || line.wantsHelp()) {
                out.print(Usage.of(line.command()));
                return ExitCode.OK.code();
            }
            if (line.command().equals("generate-samples")) {
                return generateSamples(line);
            }
            if (line.command().equals("template")) {
                return new TemplateCommand(out, err).execute(period(line.required("period")),
                        line.option("village", null), Path.of(line.option("out", "templates")));
            }
            return withDatabase(line);
        } catch (UsageException e) {
            err.println("villagestats: " + e.getMessage());
            err.println(Usage.SHORT);
            return ExitCode.USAGE.code();
        }
    }

    private int withDatabase(CommandLine line) throws UsageException {
        YearMonth period = line.options().containsKey("period") ? period(line.required("period")) : null;
        Long execution = line.options().containsKey("execution") ? line.requiredNumber("execution") : null;
        Path inbox = path(line, "inbox");
        if (inbox != null && !inbox.toFile().isDirectory()) {
            throw new UsageException("inbox is not a folder: " + inbox.toAbsolutePath());
        }
        if (line.command().startsWith("user ")) {
            return user(line);
        }
        try (ConfigurableApplicationContext context = boot(line.springArguments(), line.command().equals("serve"))) {
            OperatorConsole console = context.getBean(OperatorConsole.class);
            return switch (line.command()) {
                case "run" -> console.run(period, inbox, path(line, "out"), out);
                case "status" -> console.status(execution, Math.toIntExact(optionalNumber(line, "limit", 20)), out);
                case "rerun" -> console.rerun(execution, out);
                case "stop" -> console.stop(line.requiredNumber("execution"), out);
                case "abandon" -> console.abandon(line.requiredNumber("execution"), out);
                case "recover" -> console.recover(line.requiredNumber("execution"), out);
                case "serve" -> console.serve(out);
                default -> throw new UsageException("unknown command " + line.command());
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
            err.println("villagestats " + line.command() + " failed: " + e);
            return ExitCode.JOB_FAILED.code();
        }
    }

    private int user(CommandLine line) throws UsageException {
        String password = line.command().equals("user add") ? passwordLine() : null;
        try (ConfigurableApplicationContext context = boot(line.springArguments(), false)) {
            UserCommands users = context.getBean(UserCommands.class);
            switch (line.command()) {
                case "user add" -> users.add(line.required("name"), line.required("role"), line.option("village", null),
                        password, out);
                case "user token" -> users.token(line.required("name"), out);
                case "user list" -> users.list(out);
                case "user disable" -> users.disable(line.required("name"), out);
                default -> throw new UsageException("unknown command " + line.command());
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
                throw new UsageException("user add reads the password from standard input, one line; none was given");
            }
            return password;
        } catch (IOException e) {
            throw new UsageException("cannot read the password from standard input: " + e.getMessage());
        }
    }

    /** {@code user add ...} is parsed as the command {@code "user add"}. */
    private static String[] withSubcommand(String[] args) {
        if (args.length >= 2 && args[0].equals("user") && !args[1].startsWith("-")) {
            return Stream.concat(Stream.of("user " + args[1]), Stream.of(args).skip(2)).toArray(String[]::new);
        }
        return args;
    }

    private int generateSamples(CommandLine line) throws UsageException {
        YearMonth period = period(line.option("period", "2020-12"));
        long seed = optionalNumber(line, "seed", SampleReturns.DEFAULT_SEED);
        Path target = Path.of(line.option("out", "input-samples"));
        try {
            List<Path> files = SampleReturns.generate(new SeedFiles(Path.of("seeds")).villages(), period, seed,
                    target);
            out.printf("Wrote %d sample returns for %s (seed %d) to %s%n", files.size(), period, seed,
                    target.toAbsolutePath());
            return ExitCode.OK.code();
        } catch (Exception e) {
            err.println("villagestats generate-samples: " + e);
            return ExitCode.JOB_FAILED.code();
        }
    }

    private static Path path(CommandLine line, String name) {
        String value = line.options().get(name);
        return value == null ? null : Path.of(value);
    }

    private static long optionalNumber(CommandLine line, String name, long fallback) throws UsageException {
        return line.options().containsKey(name) ? line.requiredNumber(name) : fallback;
    }

    private static YearMonth period(String text) throws UsageException {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--period takes a month such as 2020-12, not '" + text + "'");
        }
    }

    /** Only {@code serve} is a web application: every other command starts without a web server. */
    private static ConfigurableApplicationContext boot(List<String> springArguments, boolean web) {
        SpringApplication application = new SpringApplication(VillageStatsApplication.class);
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        return application.run(springArguments.toArray(String[]::new));
    }
}
