package cn.villagestats.consolidation;

import static cn.villagestats.consolidation.TestReturns.idNumber;
import static cn.villagestats.consolidation.TestReturns.withCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A validated 身份证号 and its key stand for each other exactly, and sort alike. */
class IdNumberKeyTests {

    @Test
    void shouldGiveBackTheNumberAKeyWasMadeFrom() {
        // given numbers with a leading zero, an X and a 9 as check characters, and the largest possible
        List<String> numbers = List.of("010101190001010011", withCheckDigit("37098219800101001"),
                "11010519491231002X", "99999999999999999X", "000000000000000000", idNumber(1));

        // when / then
        assertThat(numbers).allSatisfy(id -> assertThat(IdNumberKey.idNumber(IdNumberKey.of(id))).isEqualTo(id));
    }

    @Test
    void shouldSortKeysAsTheNumbersSort() {
        // given
        List<String> numbers = List.of("370982198001010019", "37098219800101001X", "370982198001010027",
                "110105194912310021", "11010519491231002X");

        // when
        List<String> byKey = numbers.stream().sorted(Comparator.comparingLong(IdNumberKey::of)).toList();

        // then
        assertThat(byKey).isEqualTo(numbers.stream().sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"37098219800101001", "3709821980010100111", "37098219800101001x", "3709821980O1010011",
            "37098219800101001Y"})
    void shouldRefuseWhatIsNotAValidatedNumberWithoutRepeatingIt(String notValidated) {
        assertThatThrownBy(() -> IdNumberKey.of(notValidated)).isInstanceOf(IllegalStateException.class)
                .message().doesNotContain(notValidated.substring(6, 14));
    }
}
