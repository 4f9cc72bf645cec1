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

    @Test
    void shouldMaskANumberThatLooksLikeAnIdNumberWithinOtherText() {
        // given a name cell that carries the household's number, and a number cell that holds one
        String name = "张三（37098219800101123X）";
        String reason = "补助金额(元)应在0到100000之间，填的是370982198001011200";

        // when / then
        assertThat(IdNumbers.maskWithin(name)).isEqualTo("张三（370982********123X）");
        assertThat(IdNumbers.maskWithin(reason)).isEqualTo("补助金额(元)应在0到100000之间，填的是370982********1200");
    }

    @Test
    void shouldMaskAnIdNumberWrittenWithFullWidthDigitsOrInGroups() {
        assertThat(IdNumbers.maskWithin("３７０９８２１９８００１０１１２３Ｘ")).isEqualTo("３７０９８２********１２３Ｘ");
        assertThat(IdNumbers.maskWithin("身份证 370982 19800101 123x")).isEqualTo("身份证 370982********123x");
        assertThat(IdNumbers.maskWithin("370982800101123")).isEqualTo("370982*****1123");
    }

    @Test
    void shouldLeaveShorterNumbersDatesAndCodesAsTheyAre() {
        // a village code (12 digits), a phone number (11), dates and amounts
        String text = "村代码370982104202，电话13812345678，2020-12-01至2020-12-31，补助900.00元，3.70982E+17";

        assertThat(IdNumbers.maskWithin(text)).isEqualTo(text);
        assertThat(IdNumbers.maskWithin(null)).isNull();
        assertThat(IdNumbers.maskWithin("370982********123X")).isEqualTo("370982********123X");
    }
}
