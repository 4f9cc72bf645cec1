package cn.villagestats.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the console finds a period's inbox, exports and feedback: the folders the night uses. */
@Component
class ConsoleFolders {

    private final Path inboxRoot;
    private final Path out;

    ConsoleFolders(@Value("${villagestats.inbox-root:inbox}") Path inboxRoot, @Value("${villagestats.out:out}") Path out) {
        this.inboxRoot = inboxRoot;
        this.out = out;
    }

    Path inbox(YearMonth period) {
        return inboxRoot.resolve(period.toString());
    }

    /** The period's exports in the out folder, by name: township-totals-2020-12.csv and the like. */
    List<Path> exports(YearMonth period) {
        return list(out, name -> name.endsWith("-" + period + ".csv") || name.endsWith("-" + period + ".xlsx"));
    }

    /** The feedback workbook the night wrote for the village, if any. */
    Optional<Path> feedback(YearMonth period, String villageCode) {
        return list(out.resolve("feedback").resolve(period.toString()),
                name -> name.startsWith(villageCode + "-") || name.equals(villageCode + ".xlsx")).stream().findFirst();
    }

    /** Files in the period's inbox uploaded for the village (named by the console: code-time.ext). */
    List<Path> uploads(YearMonth period, String villageCode) {
        return list(inbox(period), name -> name.startsWith(villageCode + "-"));
    }

    private static List<Path> list(Path folder, java.util.function.Predicate<String> names) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> names.test(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
