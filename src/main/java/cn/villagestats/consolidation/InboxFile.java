package cn.villagestats.consolidation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** A file found in the period's inbox, fingerprinted so an unchanged file is never loaded twice. */
record InboxFile(String name, Path path, String sha256, long size, Instant modifiedAt) {

    InboxFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits");
        }
    }
}
