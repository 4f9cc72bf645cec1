package cn.villagestats.consolidation;

import java.time.Instant;
import java.util.Objects;

/** A return as the ledger records it: the file, its fingerprint and what became of it. */
public record StoredReturn(long id, String period, String fileName, String sha256, Instant fileModifiedAt,
                           ReturnStatus status, String villageCode, String villageName, String reasonZh,
                           String reasonEn, int rowsRead, int rowsAccepted, int rowsRejected) {

    public StoredReturn {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        if (rowsRead < 0 || rowsAccepted < 0 || rowsRejected < 0) {
            throw new IllegalArgumentException("row counts cannot be negative");
        }
    }

    /** Nothing lost: every row read was either accepted or rejected. */
    public boolean balanced() {
        return rowsRead == rowsAccepted + rowsRejected;
    }
}
