package cn.villagestats.registry;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the database's registry and indicator list in line with {@code seeds/} at every
 * start, so an edited {@code villages.csv} takes effect on the next run.
 */
@Component
@DependsOnDatabaseInitialization
class ReferenceDataLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SeedFiles seeds;
    private final VillageRegistry registry;

    ReferenceDataLoader(JdbcTemplate jdbc, TransactionTemplate transaction,
                        @Value("${villagestats.seeds:seeds}") Path seedFolder) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.seeds = new SeedFiles(seedFolder);
        this.registry = new JdbcVillageRegistry(jdbc);
    }

    @Override
    public void afterPropertiesSet() {
        List<Village> villages = seeds.villages();
        List<Indicator> indicators = seeds.indicators();
        try {
            refresh(villages, indicators);
        } catch (DuplicateKeyException e) {
            // another process started at the same moment and wrote the same seeds first
            refresh(villages, indicators);
        }
        log.debug("Registry: {} villages, {} indicators", villages.size(), indicators.size());
    }

    /** Rewrites the tables only when the seeds differ from them, so that most starts write nothing. */
    private void refresh(List<Village> villages, List<Indicator> indicators) {
        transaction.executeWithoutResult(status -> {
            if (!villages.equals(registry.all())) {
                replaceVillages(villages);
                log.info("Village registry updated from the seeds: {} villages", villages.size());
            }
            if (!indicators.equals(storedIndicators())) {
                replaceIndicators(indicators);
            }
        });
    }

    private List<Indicator> storedIndicators() {
        return jdbc.query("SELECT code, name, unit, definition FROM indicator ORDER BY position",
                (rs, i) -> new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    private void replaceVillages(List<Village> villages) {
        jdbc.update("DELETE FROM village");
        jdbc.batchUpdate("INSERT INTO village (code, name, households, poor_households) VALUES (?, ?, ?, ?)",
                villages, villages.size(), (ps, v) -> {
                    ps.setString(1, v.code());
                    ps.setString(2, v.name());
                    ps.setInt(3, v.households());
                    ps.setInt(4, v.poorHouseholds());
                });
    }

    private void replaceIndicators(List<Indicator> indicators) {
        jdbc.update("DELETE FROM indicator");
        for (int i = 0; i < indicators.size(); i++) {
            Indicator in = indicators.get(i);
            jdbc.update("INSERT INTO indicator (code, name, unit, definition, position) VALUES (?, ?, ?, ?, ?)",
                    in.code(), in.name(), in.unit(), in.definition(), i + 1);
        }
    }
}
