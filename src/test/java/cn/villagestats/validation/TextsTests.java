package cn.villagestats.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;

import cn.villagestats.workbook.Spaces;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast paths of {@link Texts} must give what NFKC gives: ASCII and CJK unified
 * ideographs skip the normaliser, everything else goes through it.
 */
class TextsTests {

    /** Full-width digits and letters, NBSP, ideographic space, line and paragraph separators, tabs, combining marks. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "三格化粪池式", "370982198001011232", "１２５０", "Ａ级", "三格\u00A0化粪池式",
            "三格\u3000化粪池式", "\u3000是\u3000", " 2020-05-03 ", "a\tb\nc\rd", "x\u2028y\u2029z", "\u000B\u001C\u001F",
            "e\u0301", "=\u0338", "\uF900", "\u2F00", "5000㎡", "①", "ｶﾀｶﾅ", "\u007F\u0001", "\uD83D\uDE00",
            "\uAC00\u11A8", "\u1100\u1161", "Ⅻ", "ﬁ", "三格 化粪池式", "\u200B零宽", "\u0085下一行"})
    void shouldNormaliseAsNfkcWithoutSpaces(String text) {
        assertThat(Texts.normalise(text)).isEqualTo(nfkcWithoutSpaces(text));
        assertThat(Texts.halfWidth(text)).isEqualTo(Texts.trim(nfkc(text)));
    }

    @Test
    void shouldNormaliseMixedTextAsNfkcWithoutSpaces() {
        // given: text made of the characters the fast paths take and of those they must not
        String alphabet = "aZ09-./:年月日是否三格化粪池式\u00A0\u3000１Ａ\t\n\u0301\u0338=㎡\uF900\u2F00 ";
        Random random = new Random(5);

        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }

            // when, then
            assertThat(Texts.normalise(text.toString())).isEqualTo(nfkcWithoutSpaces(text.toString()));
            assertThat(Texts.halfWidth(text.toString())).isEqualTo(Texts.trim(nfkc(text.toString())));
        }
    }

    @Test
    void shouldTakeOnlyCharactersThatNfkcLeavesAlone() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Texts.isNfkcStable(c)) {
                assertThat(nfkc(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(String.valueOf(c));
            }
        }
    }

    /** Such a character could compose with the one before it; none of those the fast paths take may. */
    @Test
    void shouldTakeNoCharacterThatEndsADecomposition() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= Character.MAX_VALUE) {
                continue;
            }
            String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
            for (int i = 1; i < decomposed.length(); i++) {
                assertThat(Texts.isNfkcStable(decomposed.charAt(i))).as("U+%04X", cp).isFalse();
            }
        }
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** NFKC without any space or zero-width character ({@link Spaces}), the slow way. */
    private static String nfkcWithoutSpaces(String text) {
        StringBuilder out = new StringBuilder();
        nfkc(text).codePoints()
                .filter(cp -> !Spaces.isSpace(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
