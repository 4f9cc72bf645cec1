package cn.villagestats.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The export's files, each written under a hidden name beside its own and moved into place
 * only once all are written: a failed export leaves the previous night's files whole, never a
 * half-written file or a new totals file beside last night's rejected rows.
 */
final class ExportFiles implements AutoCloseable {

    private final Path folder;
    private final List<Path> targets = new ArrayList<>();
    private boolean published;

    ExportFiles(Path folder) {
        this.folder = folder;
    }

    /** Where to write the file that will be published as {@code name}. */
    Path part(String name) {
        targets.add(folder.resolve(name));
        return partOf(folder.resolve(name));
    }

    /** Moves every written part into place; returns the published paths. */
    List<Path> publish() {
        try {
            for (Path target : targets) {
                move(partOf(target), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the export in " + folder, e);
        }
        published = true;
        return List.copyOf(targets);
    }

    /** Deletes the parts of an export that failed. */
    @Override
    public void close() {
        if (!published) {
            targets.forEach(target -> {
                try {
                    Files.deleteIfExists(partOf(target));
                } catch (IOException e) {
                    // the part is hidden and is overwritten by the next export
                }
            });
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path partOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }
}
