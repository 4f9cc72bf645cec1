package cn.villagestats.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdBlockTests {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 24, 117, 999, 1000})
    void shouldShareEverySequenceCodeOutOnceAmongTheBlocks(int count) {
        // when
        List<Integer> codes = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            IdBlock block = new IdBlock(index, count);
            assertThat(block.codes()).as("codes of block %d of %d", index, count).isPositive();
            for (int n = 0; n < block.codes(); n++) {
                codes.add(block.code(n));
            }
        }

        // then
        assertThat(codes).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 1000).boxed().toList());
    }

    @Test
    void shouldRefuseABlockOutsideItsCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IdBlock(3, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new IdBlock(-1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new IdBlock(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new IdBlock(0, 1001));
    }
}
