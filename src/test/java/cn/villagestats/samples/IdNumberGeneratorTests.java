package cn.villagestats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IdNumberGeneratorTests {

    @Test
    void shouldComputeTheCheckDigitOfThePublishedExample() {
        // the example number printed in GB 11643-1999
        assertThat(IdNumberGenerator.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumberGenerator.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumberGenerator.isValid("110105194912310021")).isFalse();
    }

    @Test
    void shouldNeverIssueTheSameNumberTwice() {
        // given
        IdNumberGenerator generator = new IdNumberGenerator(new Random(3));
        Set<String> seen = new HashSet<>();

        // when
        for (int i = 0; i < 20_000; i++) {
            seen.add(generator.next());
        }

        // then
        assertThat(seen).hasSize(20_000).allMatch(IdNumberGenerator::isValid).allMatch(id -> id.startsWith("370982"));
    }
}
