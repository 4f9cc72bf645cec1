package cn.villagestats.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a CSV file that Excel opens correctly on a Chinese Windows desktop: UTF-8 with a
 * byte-order mark, RFC 4180 quoting, and text that a spreadsheet would run as a formula
 * written so that it is shown as text.
 */
final class CsvFile implements AutoCloseable {

    private final BufferedWriter out;

    private CsvFile(BufferedWriter out) {
        this.out = out;
    }

    static CsvFile create(Path file, String... header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // an encoder that replaces what UTF-8 cannot hold (a lone surrogate from a crafted cell), where
            // Files.newBufferedWriter's would fail the export
            CsvFile csv = new CsvFile(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8)));
            csv.out.write('\uFEFF');
            csv.row((Object[]) header);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes one line; numbers as they are, everything else as guarded text. */
    CsvFile row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(values[i] instanceof Number ? values[i].toString() : quote(SafeText.of(values[i])));
            }
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CsvFile rows(List<Object[]> lines) {
        lines.forEach(this::row);
        return this;
    }

    private static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
