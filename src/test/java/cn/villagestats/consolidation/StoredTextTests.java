package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text as a database column keeps it. */
class StoredTextTests {

    @Test
    void shouldDropNulWhichPostgresqlRefusesInText() {
        assertThat(StoredText.clip("村东\u0000路", 64)).isEqualTo("村东路");
    }

    @Test
    void shouldClipOnAWholeCharacterNeverHalfASurrogatePair() {
        // given 6 characters where the 3rd is outside the BMP (two chars): a cut after 3 chars would split it
        String text = "一二\uD840\uDC00五六七";

        // when
        String clipped = StoredText.clip(text, 6);

        // then
        assertThat(clipped).isEqualTo("一二...");
        assertThat(StoredText.clip("一二三", 7)).isEqualTo("一二三");
        assertThat(StoredText.clip(null, 7)).isNull();
    }
}
