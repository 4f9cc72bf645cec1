package cn.villagestats.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file that Excel opens correctly on a Chinese Windows desktop: UTF-8 with a
 * byte-order mark, RFC 4180 quoting (Commons CSV's), and text that a spreadsheet would run as a
 * formula written so that it is shown as text.
 */
final class CsvFile implements AutoCloseable {

    private final CSVPrinter out;

    private CsvFile(CSVPrinter out) {
        this.out = out;
    }

    static CsvFile create(Path file, String... header) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // an encoder that replaces what UTF-8 cannot hold (a lone surrogate from a crafted cell), where
            // Files.newBufferedWriter's would fail the export
            Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CsvFile csv = new CsvFile(CSVFormat.RFC4180.print(writer));
            csv.row((Object[]) header);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes one line; numbers as they are, everything else as guarded text. */
    CsvFile row(Object... values) {
        try {
            out.printRecord(Arrays.stream(values).map(v -> v instanceof Number ? v.toString() : SafeText.of(v)));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CsvFile rows(List<Object[]> lines) {
        lines.forEach(this::row);
        return this;
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
