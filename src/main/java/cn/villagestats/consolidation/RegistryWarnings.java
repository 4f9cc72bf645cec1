package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.validation.ReturnWarning;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Warns a current return whose toilet rows count more households, or more poor households,
 * than the registry gives its village: the registry may be out of date, so the rows count.
 */
class RegistryWarnings {

    private static final String SHEET = ToiletSheet.SHEET.chineseName();

    private final JdbcTemplate jdbc;
    private final StagingRepository staging;

    RegistryWarnings(JdbcTemplate jdbc, StagingRepository staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    /** {@code currentToilets}: the current returns' toilet rows as the duplicate check counted them, by return id. */
    void apply(String period, Map<Long, ToiletTally> currentToilets) {
        jdbc.update("DELETE FROM return_warning WHERE kind = ? AND return_id IN "
                + "(SELECT id FROM intake_return WHERE period = ?)", StagingRepository.REGISTRY_WARNING, period);
        jdbc.query("SELECT r.id, v.households, v.poor_households FROM intake_return r "
                        + "JOIN village v ON v.code = r.village_code "
                        + "WHERE r.period = ? AND r.status = 'accepted' ORDER BY r.id",
                rs -> {
                    ToiletTally tally = currentToilets.get(rs.getLong(1));
                    if (tally == null) {
                        throw new IllegalStateException("return " + rs.getLong(1) + " became current after the "
                                + "duplicate check counted its rows");
                    }
                    if (tally.accepted() == 0) {
                        return; // no toilet row counts: nothing to compare
                    }
                    List<ReturnWarning> warnings = new ArrayList<>();
                    int households = rs.getInt(2);
                    int poor = rs.getInt(3);
                    int upgraded = tally.accepted();
                    int poorUpgraded = tally.poorAccepted();
                    if (upgraded > households) {
                        warnings.add(new ReturnWarning(SHEET, 0, "", String.valueOf(upgraded),
                                "改厕户数" + upgraded + "超过了村户数" + households + "（村名册），请核对",
                                upgraded + " households upgraded exceed the registry's " + households + " households"));
                    }
                    if (poorUpgraded > poor) {
                        warnings.add(new ReturnWarning(SHEET, 0, ToiletSheet.POOR_HOUSEHOLD.header(),
                                String.valueOf(poorUpgraded),
                                "贫困户改厕" + poorUpgraded + "户，超过了村名册中的贫困户数" + poor + "，请核对",
                                poorUpgraded + " poor households upgraded exceed the registry's " + poor
                                        + " poor households"));
                    }
                    staging.insertWarnings(rs.getLong(1), StagingRepository.REGISTRY_WARNING, warnings);
                }, period);
    }
}
