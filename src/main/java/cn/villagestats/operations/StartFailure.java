package cn.villagestats.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Why the application could not start, in one line each in Chinese and English that names the
 * cause and the setting to look at, with the exit code it ends in. The stack trace goes to the
 * log file only.
 */
record StartFailure(ExitCode exitCode, String zh, String en) {

    static StartFailure of(Throwable failure, StandardEnvironment settings) {
        Object notANumber = notANumber(failure);
        if (notANumber != null) {
            String names = String.join(", ", settingsHolding(settings, String.valueOf(notANumber)));
            String where = names.isEmpty() ? "" : "（" + names + "）";
            return new StartFailure(ExitCode.USAGE, "设置须为数字，而不是“" + notANumber + "”" + where + "，请改正后重新运行。",
                    "a setting takes a number, not '" + notANumber + "'" + (names.isEmpty() ? "" : " (" + names + ")")
                            + "; correct it and run again.");
        }
        String url = "spring.datasource.url=" + withoutPassword(settings.getProperty("spring.datasource.url",
                "jdbc:h2:file:./data/villagestats"));
        PlainReasons.Reason reason = PlainReasons.of(failure);
        if (reason.en().startsWith("the database does not exist") || PlainReasons.isDatabaseUnreachable(failure)) {
            return new StartFailure(ExitCode.DATABASE_UNAVAILABLE, reason.zh() + "（" + url + "），请检查数据库及该设置后重新运行。",
                    reason.en() + " (" + url + "); check the database and that setting, then run again.");
        }
        if (reason.en().startsWith("no permission") || reason.en().contains("read-only")
                || reason.en().startsWith("a file stands") || reason.en().startsWith("the disk is full")) {
            return new StartFailure(ExitCode.CANNOT_WRITE, "数据文件夹不可写：" + reason.zh() + "（" + url + "）。",
                    "the data folder cannot be written: " + reason.en() + " (" + url + ").");
        }
        if (h2CannotWrite(failure)) {
            return new StartFailure(ExitCode.CANNOT_WRITE, "数据文件夹只读或不可写，数据库无法打开（" + url + "）。",
                    "the data folder is read-only or cannot be written: the database cannot be opened (" + url + ").");
        }
        return new StartFailure(ExitCode.JOB_FAILED, "未能启动：" + reason.zh() + "（详情见日志文件）",
                "could not start: " + reason.en() + " (the log file has the details)");
    }

    List<String> lines(String command) {
        return List.of("villagestats " + command + ": " + zh, "villagestats " + command + ": " + en);
    }

    private static Object notANumber(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TypeMismatchException e && causedByNumberFormat(e)) {
                return e.getValue();
            }
            if (t instanceof ConversionFailedException c && causedByNumberFormat(c)) {
                return c.getValue();
            }
        }
        return null;
    }

    private static boolean causedByNumberFormat(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NumberFormatException) {
                return true;
            }
        }
        return false;
    }

    /** The settings given on the command line, as system properties or in the environment that hold this value. */
    private static List<String> settingsHolding(StandardEnvironment settings, String value) {
        List<String> names = new ArrayList<>();
        for (PropertySource<?> source : settings.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if ((name.startsWith("villagestats") || name.startsWith("VILLAGESTATS") || name.startsWith("spring")
                            || name.startsWith("SPRING") || name.startsWith("server") || name.startsWith("SERVER"))
                            && Objects.equals(String.valueOf(enumerable.getProperty(name)), value)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    /** H2's own words for a file it cannot make: error 90062, or its lock file refused. */
    private static boolean h2CannotWrite(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("90062") || message.contains("Error while creating file")
                    || message.contains("Could not save properties") || message.contains("Permission denied")
                    || message.contains("AUTO_SERVER=TRUE && (readOnly")) {
                return true;
            }
        }
        return false;
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
