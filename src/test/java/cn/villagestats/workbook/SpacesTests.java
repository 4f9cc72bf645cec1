package cn.villagestats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One definition of a space for sheet names, headers and values: every Unicode space and zero-width character. */
class SpacesTests {

    /** ASCII, no-break, U+2000..U+200B, narrow no-break, ideographic, zero-width joiners, word joiner, BOM, tab. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0020", "00A0", "2000", "2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008",
            "2009", "200A", "200B", "200C", "200D", "202F", "205F", "2060", "3000", "FEFF", "0009", "000A", "000D"})
    void shouldTrimEverySpaceAndZeroWidthCharacterAtEitherEnd(String hex) {
        // given
        String space = Character.toString(Integer.parseInt(hex, 16));

        // when / then
        assertThat(Spaces.isSpace(space.codePointAt(0))).isTrue();
        assertThat(Spaces.strip(space + "雪亮工程" + space + space)).isEqualTo("雪亮工程");
        assertThat(Spaces.removeAll("三格" + space + "化粪池式" + space)).isEqualTo("三格化粪池式");
        assertThat(Spaces.isBlank(space + space)).isTrue();
    }

    @Test
    void shouldKeepInnerSpacesWhenTrimmingAndEveryOtherCharacter() {
        assertThat(Spaces.strip("\u00A0村东 路\u200B")).isEqualTo("村东 路");
        assertThat(Spaces.strip("・X-_·")).isEqualTo("・X-_·");
        assertThat(Spaces.isSpace('·')).isFalse();
        assertThat(Spaces.isSpace('_')).isFalse();
        assertThat(Spaces.isBlank("\u00A0\u200B。")).isFalse();
    }
}
