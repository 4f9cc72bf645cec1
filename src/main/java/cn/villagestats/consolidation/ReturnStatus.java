package cn.villagestats.consolidation;

import java.util.Locale;

/** Where a file of the inbox stands in the period's consolidation. */
public enum ReturnStatus {
    /** Discovered, not yet loaded (or its load failed and will be retried). */
    PENDING,
    /** Read, cover valid: its accepted rows count. */
    ACCEPTED,
    /** Cannot be read or its cover is invalid: counts nothing. */
    REJECTED,
    /** A later return of the same village replaced it: kept on record, counts nothing. */
    SUPERSEDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReturnStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
