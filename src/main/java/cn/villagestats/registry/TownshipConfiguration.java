package cn.villagestats.registry;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The township's name and code: the settings {@code villagestats.township.name} and
 * {@code .code} where set, else {@code seeds/township.csv}, else empty.
 */
@Configuration(proxyBeanMethods = false)
class TownshipConfiguration {

    @Bean
    Township township(@Value("${villagestats.township.code:}") String code,
                      @Value("${villagestats.township.name:}") String name,
                      @Value("${villagestats.seeds:seeds}") Path seedFolder) {
        Township seeded = new SeedFiles(seedFolder).township().orElse(new Township("", ""));
        return new Township(code.isBlank() ? seeded.code() : code, name.isBlank() ? seeded.name() : name);
    }
}
