package cn.villagestats.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command, its {@code --name value} options, and the
 * {@code --spring.*} / {@code --villagestats.*} (and logging, server, management) settings passed through to Spring.
 */
record CommandLine(String command, Map<String, String> options, List<String> springArguments) {

    static CommandLine parse(String[] args, Map<String, Set<String>> optionsByCommand) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("没有给出命令", "no command given");
        }
        String command = args[0];
        if (command.equals("--help") || command.equals("-h")) {
            command = "help";
        }
        Set<String> allowed = optionsByCommand.get(command);
        if (allowed == null) {
            throw new UsageException("没有“" + command + "”这个命令", "unknown command '" + command + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--spring.") || arg.startsWith("--villagestats.") || arg.startsWith("--logging.")
                    || arg.startsWith("--server.") || arg.startsWith("--management.")) {
                spring.add(arg);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                options.put("help", "true");
            } else if (arg.startsWith("--") && allowed.contains(arg.substring(2))) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("选项 " + arg + " 后面缺少值", "option " + arg + " needs a value");
                }
                options.put(arg.substring(2), args[++i]);
            } else {
                throw new UsageException(command + " 命令没有选项“" + arg + "”", "unknown option '" + arg + "' for " + command);
            }
        }
        return new CommandLine(command, options, spring);
    }

    boolean wantsHelp() {
        return options.containsKey("help");
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String required(String name) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("缺少 --" + name, "missing --" + name);
        }
        return value;
    }

    long requiredNumber(String name) throws UsageException {
        String value = required(name);
        try {
            return Long.parseLong(value.startsWith("#") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " 须为整数，而不是“" + value + "”",
                    "--" + name + " takes a whole number, not '" + value + "'");
        }
    }
}
