package cn.villagestats.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the reference CSV files of {@code seeds/}: from the configured folder when it
 * exists (an operator edits them there), else the copies packed into the jar.
 */
public final class SeedFiles {

    private final Path folder;

    public SeedFiles(Path folder) {
        this.folder = folder;
    }

    public List<Village> villages() {
        return rows("villages.csv").stream()
                .map(r -> new Village(r[0], r[1], Integer.parseInt(r[2]), Integer.parseInt(r[3])))
                .toList();
    }

    public List<Indicator> indicators() {
        return rows("indicators.csv").stream().map(r -> new Indicator(r[0], r[1], r[2], r[3])).toList();
    }

    /** The township of {@code township.csv} ({@code code,name}), when there is one. */
    public Optional<Township> township() {
        if (!Files.isRegularFile(folder.resolve("township.csv"))
                && SeedFiles.class.getResource("/seeds/township.csv") == null) {
            return Optional.empty();
        }
        return rows("township.csv").stream().findFirst().map(r -> new Township(r[0], r.length > 1 ? r[1] : ""));
    }

    /** The data rows of a seed file, header skipped; a seed file has no quoted commas. */
    private List<String[]> rows(String name) {
        try (InputStream in = open(name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", -1);
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i].strip().replace("\uFEFF", "");
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + name, e);
        }
    }

    private InputStream open(String name) throws IOException {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream packed = SeedFiles.class.getResourceAsStream("/seeds/" + name);
        if (packed == null) {
            throw new IOException("no " + name + " in " + folder.toAbsolutePath() + " nor in the jar");
        }
        return packed;
    }
}
