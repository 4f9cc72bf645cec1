package cn.villagestats.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TownshipConfigurationTests {

    @TempDir
    Path seeds;

    @Test
    void shouldTakeTheSettingsOverTheSeedsAndTheSeedsWhereASettingIsBlank() throws Exception {
        // given seeds that name the township
        Files.writeString(seeds.resolve("township.csv"), "code,name\n370982104,汶城镇\n");

        // when / then
        TownshipConfiguration configuration = new TownshipConfiguration();
        assertThat(configuration.township("", "", seeds)).isEqualTo(new Township("370982104", "汶城镇"));
        assertThat(configuration.township("", "泉河镇", seeds)).isEqualTo(new Township("370982104", "泉河镇"));
        assertThat(configuration.township("370982105", " ", seeds)).isEqualTo(new Township("370982105", "汶城镇"));
        assertThat(new Township("370982104", "汶城镇").label()).isEqualTo("汶城镇（370982104）");
        assertThat(new Township("", "汶城镇").label()).isEqualTo("汶城镇");
        assertThatThrownBy(() -> new Township("3709821", "汶城镇")).hasMessageContaining("9 digits");
    }
}
