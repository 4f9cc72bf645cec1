package cn.villagestats.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Strings packed one or two bytes a character come back as they went in. */
class PackedStringsTests {

    @Test
    void shouldGiveBackEveryStringAsAddedWhateverItsCharacters() {
        // given strings of one-byte characters, of wider ones, mixed, empty, and a lone surrogate
        List<String> strings = List.of("370982198001011234", "泉里村", "", "café ÿ", "Ā just past one byte",
                "张三 370982", "\uD800 alone", "x".repeat(5_000), "长".repeat(3_000));
        PackedStrings packed = new PackedStrings();

        // when
        for (String s : strings) {
            packed.add(s.toCharArray(), s.length());
        }

        // then
        List<String> back = new ArrayList<>();
        for (int i = 0; i < packed.size(); i++) {
            back.add(packed.get(i));
        }
        assertThat(back).isEqualTo(strings);
    }

    @Test
    void shouldTakeOnlyTheCountedCharactersOfTheBuffer() {
        // given a buffer longer than its string, as the reader reuses one
        char[] buffer = "村370982 and what came before".toCharArray();
        PackedStrings packed = new PackedStrings();

        // when
        packed.add(buffer, 7);
        packed.add(buffer, 0);

        // then
        assertThat(packed.get(0)).isEqualTo("村370982");
        assertThat(packed.get(1)).isEmpty();
    }

    @Test
    void shouldRefuseAnIndexItDoesNotHold() {
        // given
        PackedStrings packed = new PackedStrings();
        packed.add("a".toCharArray(), 1);

        // when / then
        assertThatIllegalArgumentException().isThrownBy(() -> packed.get(1));
        assertThatIllegalArgumentException().isThrownBy(() -> packed.get(-1));
    }
}
