package cn.villagestats.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The registry as the database holds it, refreshed from {@code seeds/villages.csv}. */
@Component
class JdbcVillageRegistry implements VillageRegistry {

    private static final RowMapper<Village> VILLAGE = (rs, i) -> new Village(
            rs.getString("code"), rs.getString("name"), rs.getInt("households"), rs.getInt("poor_households"));

    private final JdbcTemplate jdbc;

    JdbcVillageRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Village> find(String code) {
        return jdbc.query("SELECT * FROM village WHERE code = ?", VILLAGE, code).stream().findFirst();
    }

    @Override
    public List<Village> all() {
        return jdbc.query("SELECT * FROM village ORDER BY code", VILLAGE);
    }
}
