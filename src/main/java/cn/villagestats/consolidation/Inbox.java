package cn.villagestats.consolidation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/** The folder a period's returns are dropped into. */
final class Inbox {

    private final Path folder;

    Inbox(Path folder) {
        this.folder = folder;
    }

    /**
     * The files that are returns, by name. Excel's lock files ({@code ~$name.xlsx}) and
     * hidden files are not returns: a clerk's open workbook must not be reported as bad.
     * The files are hashed on {@code pool}.
     */
    List<InboxFile> files(Executor pool) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("inbox is not a folder: " + folder.toAbsolutePath());
        }
        List<Path> returns;
        try (Stream<Path> entries = Files.list(folder)) {
            returns = entries.filter(Files::isRegularFile)
                    .filter(p -> !isLockOrHidden(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inbox " + folder, e);
        }
        return OnLoadPool.map(returns, Inbox::fingerprint, pool);
    }

    /**
     * Folders inside the inbox, by name. Their files are not read: a return belongs at the
     * top of the inbox, and clerks' folders of old versions must not count.
     */
    List<String> subfolders() {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !isLockOrHidden(name))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inbox " + folder, e);
        }
    }

    Path resolve(String fileName) {
        return folder.resolve(fileName);
    }

    static boolean isLockOrHidden(String name) {
        return name.startsWith("~$") || name.startsWith(".");
    }

    private static InboxFile fingerprint(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            String hash = HexFormat.of().formatHex(in.getMessageDigest().digest());
            return new InboxFile(file.getFileName().toString(), file, hash, Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
