package cn.villagestats.reporting;

import java.util.Objects;

/** One line of {@code returns-<period>.csv}: a file of the inbox and what became of it. */
public record ReturnOutcome(String file, String villageCode, String villageName, String status, int rowsRead,
                            int rowsAccepted, int rowsRejected, String reasonZh, String reasonEn) {

    public ReturnOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
    }

    public boolean balanced() {
        return rowsRead == rowsAccepted + rowsRejected;
    }

    /** The reason in both languages, or empty. */
    public String reason() {
        if (reasonZh == null) {
            return "";
        }
        return reasonEn == null ? reasonZh : reasonZh + " (" + reasonEn + ")";
    }
}
