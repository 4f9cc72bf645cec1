package cn.villagestats.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises a CSV or other delimited text file that a web system exported under a workbook's name. */
final class TextFiles {

    private static final int SAMPLE = 4096;

    private TextFiles() {
    }

    /** Text without control bytes (UTF-8, GBK or plain ASCII alike), with line breaks and commas or tabs. */
    static boolean looksLikeCsv(Path file) {
        byte[] head = new byte[SAMPLE];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, SAMPLE);
        } catch (IOException e) {
            return false;
        }
        boolean delimiter = false;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
            delimiter |= b == ',' || b == '\t';
        }
        return n > 0 && delimiter;
    }
}
