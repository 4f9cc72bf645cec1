package cn.villagestats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;


/**
 * The child JVM of one baseline: reads the given files with one reader or plain program and
 * prints one {@code RESULT} line: when its reading began and ended (epoch milliseconds), and
 * what it found. The benchmark times the whole process around it.
 */
public final class Measure {

    static final String RESULT = "RESULT";

    private Measure() {
    }

    public static void main(String[] args) throws Exception {
        String what = args[0];
        List<Path> files = files(Path.of(args[1]), !what.equals("plain-poi") && !what.equals("plain-fastexcel"));
        long start = System.currentTimeMillis();
        String found;
        try {
            found = read(what, files);
        } catch (OutOfMemoryError e) {
            System.out.printf("%s OOM%n", RESULT);
            System.exit(0);
            return;
        }
        System.out.printf("%s %d %d %s%n", RESULT, start, System.currentTimeMillis(), found);
        System.exit(0);
    }

    private static String read(String what, List<Path> files) throws Exception {
        return switch (what) {
            case "plain-poi" -> PlainPrograms.poi(files);
            case "plain-fastexcel" -> PlainPrograms.fastexcel(files);
            case "none" -> "nothing read";
            default -> {
                Count total = new Count(0, 0);
                for (Path file : files) {
                    total = total.plus(count(what, file));
                }
                yield String.format("%d rows, %d cells", total.rows(), total.cells());
            }
        };
    }

    static Count count(String what, Path file) throws Exception {
        return switch (what) {
            case "ours" -> OurCellCount.of(file);
            case "poi-event" -> Baselines.poiEventApi(file);
            case "fastexcel" -> Baselines.fastexcel(file);
            default -> throw new IllegalArgumentException("unknown reader " + what);
        };
    }

    /** The workbooks of a folder, in name order; the readers of cells take the {@code .xlsx} ones only. */
    static List<Path> files(Path target, boolean xlsxOnly) throws IOException {
        if (!Files.isDirectory(target)) {
            return List.of(target);
        }
        try (Stream<Path> list = Files.list(target)) {
            return list.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".xlsx") || !xlsxOnly && (name.endsWith(".xls") || name.endsWith(".xlsm"));
            }).sorted().toList();
        }
    }
}
