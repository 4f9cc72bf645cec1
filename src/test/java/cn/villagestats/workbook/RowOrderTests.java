package cn.villagestats.workbook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rows come in ascending order, each once; a gap between them is no fault. */
class RowOrderTests {

    @Test
    void shouldAcceptRowsThatSkipNumbers() {
        RowOrder.check(5, 2);
        assertThatThrownBy(() -> RowOrder.check(2, 2)).isInstanceOf(IllegalStateException.class);
    }
}
