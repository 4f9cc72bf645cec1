package cn.villagestats.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a 身份证号 is shown wherever it leaves the database. */
class IdNumbersTests {

    @Test
    void shouldKeepTheAreaCodeAndTheLastFourCharactersOfAnEighteenCharacterNumber() {
        assertThat(IdNumbers.mask("37098219800101123X")).isEqualTo("370982********123X");
    }

    @Test
    void shouldMaskAFifteenDigitNumberOfTheOldFormAlike() {
        // the first-generation card: 6-digit area, 6-digit birth date (yymmdd), 3-digit sequence
        assertThat(IdNumbers.mask("370982800101123")).isEqualTo("370982*****1123");
    }

    @Test
    void shouldMaskAShorterValueWholeButForItsLastCharacter() {
        assertThat(IdNumbers.mask("37098219800101")).isEqualTo("*************1");
        assertThat(IdNumbers.mask("12")).isEqualTo("*2");
    }

    @Test
    void shouldMaskTheNumberWithoutTheSpacesAroundIt() {
        assertThat(IdNumbers.mask(" 37098219800101123X ")).isEqualTo("370982********123X");
    }

    @Test
    void shouldLeaveNothingToMaskAsItIs() {
        assertThat(IdNumbers.mask(null)).isNull();
        assertThat(IdNumbers.mask("")).isEmpty();
    }
}
