package cn.villagestats.consolidation;

import cn.villagestats.intake.IntakeLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits on reading one return, from {@code villagestats.intake.*}. */
@Configuration
class IntakeLimitsConfiguration {

    /** What one return may cost to read; see {@link IntakeLimits#defaults()} for the reasoning. */
    @Bean
    IntakeLimits intakeLimits(@Value("${villagestats.intake.max-file-mb:100}") long fileMb,
                              @Value("${villagestats.intake.max-shared-strings-mb:128}") long sharedStringsMb,
                              @Value("${villagestats.intake.max-part-mb:1024}") long partMb,
                              @Value("${villagestats.intake.min-inflate-ratio:0.01}") double minInflateRatio,
                              @Value("${villagestats.intake.max-rows-per-sheet:1048576}") int rows) {
        long mb = 1024L * 1024L;
        return new IntakeLimits(fileMb * mb, sharedStringsMb * mb, partMb * mb, minInflateRatio, rows);
    }
}

