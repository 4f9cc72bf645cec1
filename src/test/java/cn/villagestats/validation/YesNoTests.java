package cn.villagestats.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class YesNoTests {

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
    @CsvSource({"是, true", "否, false", "Y, true", "N, false", "y, true", "n, false", "yes, true", "No, false",
            "YES, true", "√, true", "×, false", "1, true", "0, false", "TRUE, true", "false, false",
            "' 是 ', true", "Ｙ, true"})
    void shouldReadYesNoTypedAsText(String typed, boolean expected) {
        assertThat(YesNo.parse(Cells.text(typed)).value()).isEqualTo(expected);
    }

    @Test
    void shouldReadBooleanAndNumericCells() {
        assertThat(YesNo.parse(Cells.bool(true)).value()).isTrue();
        assertThat(YesNo.parse(Cells.bool(false)).value()).isFalse();
        assertThat(YesNo.parse(Cells.number(1)).value()).isTrue();
        assertThat(YesNo.parse(Cells.number(0)).value()).isFalse();
    }

    @Test
    void shouldRejectAnythingElse() {
        Parsed<Boolean> parsed = YesNo.parse(Cells.text("有"));

        assertThat(parsed.reasonZh()).isEqualTo("“有”不是“是”或“否”，应填写 是/否");
        assertThat(parsed.reasonEn()).isEqualTo("'有' is not a yes/no answer; expected 是 or 否 (yes/no)");
        assertThat(YesNo.parse(Cells.number(2)).isOk()).isFalse();
    }
}
