package cn.villagestats.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberParserTests {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource({"370982198001011232, 370982198001011232", "11010519491231002X, 11010519491231002X",
            "11010519491231002x, 11010519491231002X", "' 370982199006070017 ', 370982199006070017",
            "３７０９８２１９６５０３１５４４２９, 370982196503154429"})
    void shouldAcceptIdNumbersWithAValidCheckDigit(String typed, String stored) {
        assertThat(IdNumberParser.parse(Cells.text(typed)).value()).isEqualTo(stored);
    }

    /** One valid number for each of GB 11643's eleven check characters, worked out by hand. */
    @ParameterizedTest(name = "[{index}] check character {1}")
    @CsvSource({"370982198001010010, 0", "370982198001010061, 1", "370982198001010002, 2",
            "370982198001010053, 3", "370982198001010184, 4", "370982198001010045, 5", "370982198001010096, 6",
            "370982198001010037, 7", "370982198001010088, 8", "370982198001010029, 9", "37098219800101007X, X"})
    void shouldAcceptEveryCheckCharacterWhereItIsRightAndNoOtherThere(String valid, char check) {
        // given a valid number ending in its check character
        assertThat(valid.charAt(17)).isEqualTo(check);

        // when / then it is accepted, and with any other check character it is not
        assertThat(IdNumberParser.parse(Cells.text(valid)).value()).isEqualTo(valid);
        for (char other : "0123456789X".toCharArray()) {
            if (other != check) {
                Parsed<String> parsed = IdNumberParser.parse(Cells.text(valid.substring(0, 17) + other));
                assertThat(parsed.isOk()).as("%s ending in %s", valid, other).isFalse();
                assertThat(parsed.reasonEn()).startsWith("check digit does not match");
            }
        }
    }

    @Test
    void shouldRejectAWrongCheckDigit() {
        Parsed<String> parsed = IdNumberParser.parse(Cells.text("370982198001011233"));

        assertThat(parsed.reasonZh()).isEqualTo("校验位不对，号码有误，请核对");
        assertThat(parsed.reasonEn()).isEqualTo("check digit does not match; the number is mistyped, please check it");
    }

    @Test
    void shouldRejectAWrongLength() {
        Parsed<String> parsed = IdNumberParser.parse(Cells.text("37098219800101123"));

        assertThat(parsed.reasonZh()).isEqualTo("应为18位，填的是17位");
        assertThat(parsed.reasonEn()).isEqualTo("must have 18 characters, got 17");
    }

    @Test
    void shouldRejectLettersOtherThanATrailingX() {
        Parsed<String> parsed = IdNumberParser.parse(Cells.text("3709821980O1011232"));

        assertThat(parsed.reasonZh()).isEqualTo("只能是数字，最后一位可以是X");
    }

    @Test
    void shouldTellTheClerkToRetypeAnIdNumberShownInExponentForm() {
        Parsed<String> parsed = IdNumberParser.parse(Cells.text("3.70982E+17"));

        assertThat(parsed.reasonZh()).startsWith("存成了数字，Excel 只保留15位有效数字");
    }

    @Test
    void shouldTellTheClerkToRetypeAnIdNumberShownInFullWidthExponentForm() {
        Parsed<String> parsed = IdNumberParser.parse(Cells.text("３．７０９８２Ｅ＋１７"));

        assertThat(parsed.reasonZh()).startsWith("存成了数字，Excel 只保留15位有效数字");
    }

    @Test
    void shouldTakeOnlyAsciiDigitsForDigits() {
        // Arabic-Indic digits stay what they are under NFKC
        Parsed<String> parsed = IdNumberParser.parse(Cells.text("\u0663".repeat(18)));

        assertThat(parsed.reasonZh()).isEqualTo("只能是数字，最后一位可以是X");
    }

    @Test
    void shouldTellTheClerkToRetypeAnIdNumberStoredAsANumber() {
        Parsed<String> parsed = IdNumberParser.parse(Cells.number(370982198001011232d));

        assertThat(parsed.reasonZh()).isEqualTo(
                "存成了数字，Excel 只保留15位有效数字，最后几位已经丢失；请把该列设置为文本格式后重新输入号码");
        assertThat(parsed.reasonEn()).isEqualTo("was stored as a number; Excel keeps only 15 significant digits, "
                + "so the last digits are lost; format the column as text and retype the number");
    }
}
