package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadPolicyTests {

    @TempDir
    Path work;

    @Test
    void shouldReadAheadOnlyInAFileOfTheGivenSizeOrLarger() throws Exception {
        // given
        Path small = Files.write(work.resolve("small.xlsx"), new byte[999]);
        Path large = Files.write(work.resolve("large.xlsx"), new byte[1000]);
        ReadAheadPolicy policy = new ReadAheadPolicy(2000, 1000);

        // then
        assertThat(policy.appliesTo(small)).isFalse();
        assertThat(policy.appliesTo(large)).isTrue();
    }

    @Test
    void shouldNeverReadAheadWhenNoRowsAreToBeReadAhead() throws Exception {
        // given
        Path large = Files.write(work.resolve("large.xlsx"), new byte[1000]);

        // then
        assertThat(new ReadAheadPolicy(0, 0).appliesTo(large)).isFalse();
    }

    @Test
    void shouldReadOnTheStepsOwnThreadAFileItCannotMeasure() {
        assertThat(new ReadAheadPolicy(2000, 0).appliesTo(work.resolve("gone.xlsx"))).isFalse();
    }

    @Test
    void shouldRefuseNegativeSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReadAheadPolicy(-1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReadAheadPolicy(10, -1));
    }
}
