package cn.villagestats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        IdNumberGenerator generator = new IdNumberGenerator(new Random(3), IdBlock.WHOLE);
        Set<String> seen = new HashSet<>();

        // when
        for (int i = 0; i < 20_000; i++) {
            seen.add(generator.next("370982001001"));
        }

        // then
        assertThat(seen).hasSize(20_000).allMatch(IdNumberGenerator::isValid).allMatch(id -> id.startsWith("370982"));
    }

    @Test
    void shouldNeverIssueTheSameNumberFromTwoBlocks() {
        // given two generators drawing the same random numbers, from blocks 0 and 1 of 2
        IdNumberGenerator first = new IdNumberGenerator(new Random(3), new IdBlock(0, 2));
        IdNumberGenerator second = new IdNumberGenerator(new Random(3), new IdBlock(1, 2));
        Set<String> fromFirst = new HashSet<>();
        Set<String> fromSecond = new HashSet<>();

        // when
        for (int i = 0; i < 20_000; i++) {
            fromFirst.add(first.next("370982001001"));
            fromSecond.add(second.next("370982001001"));
        }

        // then
        Set<String> inBoth = new HashSet<>(fromFirst);
        inBoth.retainAll(fromSecond);
        assertThat(inBoth).isEmpty();
        assertThat(fromFirst).hasSize(20_000);
        assertThat(fromSecond).hasSize(20_000).allMatch(IdNumberGenerator::isValid);
    }

    @Test
    void shouldIssueNumbersOfTheVillagesAreaSoThatCountiesNeverShareOne() {
        // given two generators drawing the same random numbers from the same block
        IdNumberGenerator xintai = new IdNumberGenerator(new Random(3), IdBlock.WHOLE);
        IdNumberGenerator feicheng = new IdNumberGenerator(new Random(3), IdBlock.WHOLE);

        // when one issues for a village of county 370982, the other for one of county 370983
        List<String> fromXintai = new ArrayList<>();
        List<String> fromFeicheng = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            fromXintai.add(xintai.next("370982105201"));
            fromFeicheng.add(feicheng.next("370983105201"));
        }

        // then the same draws give the same numbers but for the area, each valid
        assertThat(fromXintai).allMatch(id -> id.startsWith("370982")).allMatch(IdNumberGenerator::isValid);
        assertThat(fromFeicheng).allMatch(id -> id.startsWith("370983")).allMatch(IdNumberGenerator::isValid)
                .doesNotContainAnyElementsOf(fromXintai);
        assertThat(fromFeicheng.get(0).substring(6, 17)).isEqualTo(fromXintai.get(0).substring(6, 17));
    }
}
