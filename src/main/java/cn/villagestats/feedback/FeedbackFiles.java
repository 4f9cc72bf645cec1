package cn.villagestats.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import cn.villagestats.reporting.ReturnOutcome;

/** Names and clears the feedback files of a period. */
final class FeedbackFiles {

    private FeedbackFiles() {
    }

    /** Characters of a file's own name kept in its feedback's name: 3 bytes each in UTF-8, well inside 255. */
    private static final int STEM_KEPT = 60;

    /**
     * {@code <village_code>-<village_name>.xlsx}; a return whose village could not be told
     * (an unreadable file) is named after the file: {@code 未识别-<file>.xlsx}, a long name cut
     * and told apart from another by a hash of the whole.
     */
    static String name(ReturnOutcome outcome) {
        if (outcome.villageCode() == null) {
            return "未识别-" + safe(shortened(stem(outcome.file()))) + ".xlsx";
        }
        String name = outcome.villageName() == null ? "" : "-" + safe(outcome.villageName());
        return outcome.villageCode() + name + ".xlsx";
    }

    /** A rerun replaces the period's feedback: a return fixed since gets none. */
    static void clear(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }

    private static String shortened(String stem) {
        if (stem.codePointCount(0, stem.length()) <= STEM_KEPT) {
            return stem;
        }
        String kept = stem.substring(0, stem.offsetByCodePoints(0, STEM_KEPT - 9));
        return kept + "-" + String.format("%08x", stem.hashCode());
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String safe(String text) {
        return text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
