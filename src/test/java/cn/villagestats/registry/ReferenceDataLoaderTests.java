package cn.villagestats.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1")
class ReferenceDataLoaderTests {

    @Autowired
    VillageRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path seeds;

    @Test
    void shouldLoadTheRegistryFromTheSeedsAtStart() {
        // then
        assertThat(registry.all()).hasSize(43);
        assertThat(registry.find("370982104202")).contains(new Village("370982104202", "泉里村", 232, 17));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator", Integer.class)).isEqualTo(16);
    }

    @Test
    void shouldFollowTheSeedFileWhenItChanges() throws Exception {
        // given the registry file lists a renamed village and drops the others
        Files.writeString(seeds.resolve("villages.csv"), """
                village_code,village_name,households,poor_households
                370982104202,泉里新村,240,15
                """, StandardCharsets.UTF_8);
        Files.copy(Path.of("seeds/indicators.csv"), seeds.resolve("indicators.csv"));

        // when the next start loads it
        new ReferenceDataLoader(jdbc, transaction, seeds).afterPropertiesSet();

        // then
        assertThat(registry.all()).containsExactly(new Village("370982104202", "泉里新村", 240, 15));

        // and the original comes back the same way
        new ReferenceDataLoader(jdbc, transaction, Path.of("seeds")).afterPropertiesSet();
        assertThat(registry.all()).hasSize(43);
    }

    @Test
    void shouldReadTheSeedCopiesPackedInTheJarWhenTheFolderIsMissing() {
        // when
        List<Village> villages = new SeedFiles(seeds.resolve("absent")).villages();

        // then
        assertThat(villages).hasSize(43).first().extracting(Village::name).isEqualTo("镇里村");
    }
}
