package cn.villagestats.operations;

import java.util.List;
import java.util.Map;

/**
 * A parsed command line ({@link Commands}): the command ({@code "user add"} for a subcommand), its
 * options by name, and the {@code --name=value} settings passed through to Spring.
 */
record Invocation(String command, Map<String, String> options, List<String> springArguments) {

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
