package cn.villagestats.programme;

import java.math.BigDecimal;

/**
 * The fields of one line of a PostgreSQL {@code COPY ... (FORMAT csv)}, after its return id, each
 * preceded by its comma. Texts are always quoted, so an empty text stays empty; an absent value is
 * written as nothing, which CSV reads as NULL.
 */
public final class CopyLine {

    private final StringBuilder csv;

    public CopyLine(StringBuilder csv) {
        this.csv = csv;
    }

    public CopyLine text(String value) {
        csv.append(',');
        if (value != null) {
            csv.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    csv.append('"');
                }
                csv.append(c);
            }
            csv.append('"');
        }
        return this;
    }

    /** A number, boolean or date, whose text needs no quoting; {@code null} for none. */
    public CopyLine value(Object value) {
        csv.append(',');
        if (value != null) {
            csv.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        }
        return this;
    }
}
