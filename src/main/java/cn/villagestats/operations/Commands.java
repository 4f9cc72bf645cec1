package cn.villagestats.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line's grammar, in picocli: the commands (with {@code user}'s subcommands), their
 * options, {@code --help} on each, and its usage errors said in Chinese and English. Any
 * {@code --name=value} whose name is a property's ({@code --server.port=8081},
 * {@code --spring.datasource.url=...}) passes through to Spring.
 */
final class Commands {

    /** Each command's options, by the name its {@link Usage} text shows, with their value's label. */
    private static final Map<String, Map<String, String>> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("run", options("period", "YYYY-MM", "inbox", "DIR", "out", "DIR"));
        OPTIONS.put("status", options("execution", "N", "limit", "N"));
        OPTIONS.put("rerun", options("execution", "N"));
        OPTIONS.put("stop", options("execution", "N"));
        OPTIONS.put("abandon", options("execution", "N"));
        OPTIONS.put("recover", options("execution", "N"));
        OPTIONS.put("serve", options());
        OPTIONS.put("generate-samples", options("out", "DIR", "seed", "N", "period", "YYYY-MM"));
        OPTIONS.put("template", options("period", "YYYY-MM", "village", "CODE", "out", "DIR"));
        OPTIONS.put("user add", options("name", "NAME", "role", "operator|village|county", "village", "CODE"));
        OPTIONS.put("user token", options("name", "NAME"));
        OPTIONS.put("user list", options());
        OPTIONS.put("user disable", options("name", "NAME"));
    }

    private Commands() {
    }

    /** The command a line asks for, with its options; {@code help} where it asks for help. */
    static Invocation parse(String... args) throws UsageException {
        CommandLine root = grammar();
        ParseResult parsed;
        try {
            parsed = root.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw translated(e, args);
        }
        if (parsed.isUsageHelpRequested()) {
            return new Invocation("help", Map.of("help", "true"), List.of());
        }
        if (parsed.subcommand() == null) {
            throw new UsageException("没有给出命令", "no command given");
        }
        ParseResult command = parsed.subcommand();
        if (command.commandSpec().name().equals("user")) {
            if (command.subcommand() == null) {
                if (command.isUsageHelpRequested()) {
                    return new Invocation("user", Map.of("help", "true"), List.of());
                }
                throw new UsageException("user 命令须跟 add、token、list 或 disable",
                        "user takes one of add, token, list, disable");
            }
            command = command.subcommand();
        }
        return invocation(command);
    }

    private static Invocation invocation(ParseResult command) throws UsageException {
        String name = qualifiedName(command.commandSpec());
        Map<String, String> options = new LinkedHashMap<>();
        if (command.isUsageHelpRequested()) {
            options.put("help", "true");
        }
        for (OptionSpec option : command.matchedOptions()) {
            if (!option.usageHelp()) {
                options.put(option.longestName().substring(2), option.getValue());
            }
        }
        List<String> spring = new ArrayList<>();
        for (String argument : command.unmatched()) {
            if (!isProperty(argument)) {
                throw new UsageException(name + " 命令没有选项“" + argument + "”",
                        "unknown option '" + argument + "' for " + name);
            }
            spring.add(argument);
        }
        return new Invocation(name, options, spring);
    }

    /** {@code --name=value} with a property's dotted name: Spring's, not ours. */
    private static boolean isProperty(String argument) {
        int equals = argument.indexOf('=');
        return argument.startsWith("--") && equals > 2 && argument.substring(2, equals).contains(".");
    }

    private static UsageException translated(CommandLine.ParameterException e, String[] args) {
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return new UsageException("选项 " + option.longestName() + " 后面缺少值",
                    "option " + option.longestName() + " needs a value");
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            return new UsageException("没有“" + argument + "”这个命令", "unknown command '" + argument + "'");
        }
        String line = String.join(" ", args);
        return new UsageException("无法理解命令行：" + line + "（" + e.getMessage() + "）",
                "cannot read the command line: " + line + " (" + e.getMessage() + ")");
    }

    private static CommandLine grammar() {
        CommandSpec root = command("villagestats", Map.of());
        root.addSubcommand("help", new CommandLine(command("help", Map.of())));
        OPTIONS.forEach((name, options) -> {
            if (!name.startsWith("user ")) {
                root.addSubcommand(name, new CommandLine(command(name, options)));
            }
        });
        CommandSpec user = command("user", Map.of());
        OPTIONS.forEach((name, options) -> {
            if (name.startsWith("user ")) {
                String sub = name.substring("user ".length());
                user.addSubcommand(sub, new CommandLine(command(sub, options)));
            }
        });
        root.addSubcommand("user", new CommandLine(user));
        return new CommandLine(root);
    }

    private static CommandSpec command(String name, Map<String, String> options) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).build());
        options.forEach((option, label) -> spec.addOption(OptionSpec.builder("--" + option)
                .paramLabel(label).type(String.class).arity("1").build()));
        spec.parser().overwrittenOptionsAllowed(true);
        // a value such as a user's name may start with @: it is the value, not a file of arguments
        spec.parser().expandAtFiles(false);
        spec.parser().unmatchedArgumentsAllowed(!name.equals("villagestats") && !name.equals("user"));
        return spec;
    }

    private static String qualifiedName(CommandSpec spec) {
        return spec.parent() != null && spec.parent().name().equals("user") ? "user " + spec.name() : spec.name();
    }

    private static Map<String, String> options(String... nameAndLabel) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < nameAndLabel.length; i += 2) {
            options.put(nameAndLabel[i], nameAndLabel[i + 1]);
        }
        return options;
    }
}
