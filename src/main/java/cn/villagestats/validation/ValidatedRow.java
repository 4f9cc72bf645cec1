package cn.villagestats.validation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one data row: either a record to stage, or the violations
 * that reject it. Never both, never neither.
 */
public record ValidatedRow(String sheet, int rowNumber, StagedRow record, List<Violation> violations) {

    public ValidatedRow {
        Objects.requireNonNull(sheet, "sheet");
        violations = List.copyOf(violations);
        if ((record == null) == violations.isEmpty()) {
            throw new IllegalArgumentException("a row is either accepted with a record or rejected with violations");
        }
    }

    public static ValidatedRow accepted(String sheet, StagedRow record) {
        return new ValidatedRow(sheet, record.rowNumber(), record, List.of());
    }

    public static ValidatedRow rejected(String sheet, int rowNumber, List<Violation> violations) {
        return new ValidatedRow(sheet, rowNumber, null, violations);
    }

    public boolean isAccepted() {
        return record != null;
    }
}
