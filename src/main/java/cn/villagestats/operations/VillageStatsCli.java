package cn.villagestats.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.villagestats.VillageStatsApplication;
import cn.villagestats.registry.SeedFiles;
import cn.villagestats.samples.SampleReturns;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code villagestats} command line. The command is parsed before Spring starts, so
 * {@code --help} and usage errors answer at once and touch no database.
 */
public final class VillageStatsCli {

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "help", Set.of(),
            "run", Set.of("period", "inbox", "out"),
            "generate-samples", Set.of("out", "seed", "period"),
            "template", Set.of("period", "village", "out"));

    private final PrintStream out;
    private final PrintStream err;

    public VillageStatsCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int execute(String... args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, OPTIONS);
        } catch (UsageException e) {
            err.println("villagestats: " + e.getMessage());
            err.println(Usage.SHORT);
            return ExitCode.USAGE.code();
        }
        if (line.command().equals("help")) {
            out.print(Usage.FULL);
            return ExitCode.OK.code();
        }
        if (line.wantsHelp()) {
            out.print(Usage.of(line.command()));
            return ExitCode.OK.code();
        }
        try {
            return switch (line.command()) {
                case "run" -> run(line);
                case "generate-samples" -> generateSamples(line);
                case "template" -> new TemplateCommand(out, err).execute(period(line.required("period")),
                        line.option("village", null), Path.of(line.option("out", "templates")));
                default -> throw new UsageException("unknown command " + line.command());
            };
        } catch (UsageException e) {
            err.println("villagestats " + line.command() + ": " + e.getMessage());
            err.print(Usage.of(line.command()));
            return ExitCode.USAGE.code();
        }
    }

    private int run(CommandLine line) throws UsageException {
        YearMonth period = period(line.required("period"));
        Path inbox = Path.of(line.required("inbox"));
        if (!inbox.toFile().isDirectory()) {
            throw new UsageException("inbox is not a folder: " + inbox.toAbsolutePath());
        }
        Path target = Path.of(line.option("out", "out"));
        try (ConfigurableApplicationContext context = boot(line.springArguments())) {
            RunReport report = context.getBean(ConsolidationRunner.class).run(period, inbox, target);
            new RunReportPrinter(out).print(report);
            return report.exitCode().code();
        } catch (Exception e) {
            err.println("villagestats run: the job could not run: " + e);
            return ExitCode.JOB_FAILED.code();
        }
    }

    private int generateSamples(CommandLine line) throws UsageException {
        YearMonth period = period(line.option("period", "2020-12"));
        long seed;
        try {
            seed = Long.parseLong(line.option("seed", "2020"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seed takes a whole number");
        }
        Path target = Path.of(line.option("out", "input-samples"));
        var villages = new SeedFiles(Path.of("seeds")).villages();
        List<Path> files;
        try {
            files = SampleReturns.generate(villages, period, seed, target);
        } catch (Exception e) {
            err.println("villagestats generate-samples: " + e);
            return ExitCode.JOB_FAILED.code();
        }
        out.printf("Wrote %d sample returns for %s (seed %d) to %s%n", files.size(), period, seed,
                target.toAbsolutePath());
        return ExitCode.OK.code();
    }

    private static YearMonth period(String text) throws UsageException {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--period takes a month such as 2020-12, not '" + text + "'");
        }
    }

    private static ConfigurableApplicationContext boot(List<String> springArguments) {
        SpringApplication application = new SpringApplication(VillageStatsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(springArguments.toArray(String[]::new));
    }
}
