package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;

/** The settings a command reads without starting the application are those the application reads. */
class BootSettingsTests {

    @TempDir
    Path work;

    @Test
    void shouldReadTheApplicationsPropertiesFile() {
        // when
        StandardEnvironment settings = BootSettings.of(List.of());

        // then
        assertThat(settings.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:./data/villagestats;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64");
        assertThat(settings.getProperty("villagestats.run.dead-after")).isEqualTo("2m");
    }

    @Test
    void shouldLetTheActiveProfilesFileOverrideItAndTheCommandLineOverrideBoth() {
        // when
        StandardEnvironment withProfile = BootSettings.of(List.of("--spring.profiles.active=postgres"));
        StandardEnvironment withUrl = BootSettings.of(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://db.example:5432/vs"));

        // then
        assertThat(withProfile.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost:5432/villagestats");
        assertThat(withProfile.getProperty("spring.datasource.username")).isEqualTo("villagestats");
        assertThat(withUrl.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/vs");
        assertThat(withUrl.getProperty("villagestats.run.heartbeat-every")).isEqualTo("15s");
    }

    @Test
    void shouldLeaveAConfigurationThatUsesMoreOfBootToBootsOwnLoader() throws Exception {
        // given a properties file in a location of the operator's
        Files.writeString(work.resolve("application.properties"), "villagestats.run.dead-after=5m\n");

        // when
        StandardEnvironment settings = BootSettings.of(List.of("--spring.config.additional-location=file:" + work + "/"));

        // then
        assertThat(settings.getProperty("villagestats.run.dead-after")).isEqualTo("5m");
        assertThat(settings.getProperty("villagestats.run.heartbeat-every")).isEqualTo("15s");
    }
}
