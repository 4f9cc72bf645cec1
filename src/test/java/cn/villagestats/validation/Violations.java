package cn.villagestats.validation;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: the one violation a row was rejected for. */
public final class Violations {

    private Violations() {
    }

    public static Violation single(ValidatedRow row) {
        assertThat(row.isAccepted()).as("row accepted").isFalse();
        assertThat(row.violations()).hasSize(1);
        return row.violations().get(0);
    }
}
