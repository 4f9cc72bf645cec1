package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.villagestats.samples.SampleReturns;
import cn.villagestats.samples.VillageSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nightly runs over an inbox that changes: the totals always follow the returns in it. */
class ChangingInboxJobTests extends JobTestSupport {

    private static final Instant DROPPED = Instant.parse("2021-01-02T00:00:00Z");
    private static final String FIRST_VILLAGE = "370982104201";

    @TempDir
    Path work;

    @Test
    void shouldFollowTheReturnsWhenOneIsRunAgainChangedAndRemoved() throws Exception {
        // given three villages' returns
        List<Path> seed2020 = Inboxes.samples(work.resolve("a"), 2020);
        List<Path> seed9 = Inboxes.samples(work.resolve("b"), 9);
        Path inbox = work.resolve("inbox");
        for (Path sample : seed2020.subList(0, 3)) {
            Inboxes.copy(sample, inbox, sample.getFileName().toString(), DROPPED);
        }
        Run first = start(inbox, work.resolve("out"));

        // when the same inbox is run again
        Run again = start(inbox, work.resolve("out"));

        // then nothing is read again and nothing is doubled
        assertThat(again.status()).isEqualTo(org.springframework.batch.core.BatchStatus.COMPLETED);
        assertThat(loadedByExecution().values()).containsOnly(first.id());
        assertThat(township()).containsEntry("toilet.households", String.valueOf(households(2020, 0, 1, 2)));

        // when the second village replaces its file's content
        String secondFile = seed2020.get(1).getFileName().toString();
        Inboxes.copy(seed9.get(1), inbox, secondFile, DROPPED.plusSeconds(3600));
        Run changed = start(inbox, work.resolve("out"));

        // then only that return is read again and its rows replace the old ones
        assertThat(loadedByExecution()).containsEntry("370982104202", changed.id())
                .containsEntry("370982104201", first.id());
        assertThat(township()).containsEntry("toilet.households",
                String.valueOf(households(2020, 0, 2) + households(9, 1)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_return", Integer.class)).isEqualTo(3);

        // when the third village's file is taken out of the inbox
        Files.delete(inbox.resolve(seed2020.get(2).getFileName()));
        start(inbox, work.resolve("out"));

        // then its rows no longer count and the village is missing
        Map<String, String> totals = township();
        assertThat(totals).containsEntry("returns.received", "2")
                .containsEntry("toilet.households", String.valueOf(households(2020, 0) + households(9, 1)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM toilet_row", Integer.class))
                .isEqualTo(households(2020, 0) + households(9, 1));
        // and no staged row is left of a return that was replaced or removed
        for (String table : List.of("toilet_row", "road_row", "surveillance_row")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table
                    + " WHERE return_id NOT IN (SELECT id FROM intake_return)", Integer.class)).as(table).isZero();
        }
    }

    @Test
    void shouldReadARejectedReturnAgainOnceTheRegistryListsItsVillage() throws Exception {
        // given the first village's return, while the registry does not list that village
        Path sample = Inboxes.samples(work.resolve("a"), 2020).get(0);
        Path inbox = work.resolve("inbox");
        Inboxes.copy(sample, inbox, sample.getFileName().toString(), DROPPED);
        Map<String, Object> village = jdbc.queryForMap("SELECT * FROM village WHERE code = ?", FIRST_VILLAGE);
        jdbc.update("DELETE FROM village WHERE code = ?", FIRST_VILLAGE);
        try {
            start(inbox, work.resolve("out"));
            assertThat(jdbc.queryForObject("SELECT status FROM intake_return", String.class)).isEqualTo("rejected");

            // when the registry is corrected and the night runs again, the file unchanged
            restore(village);
            Run again = start(inbox, work.resolve("out"));

            // then the return is read again, accepted and counted
            assertThat(loadedByExecution()).containsExactly(Map.entry(FIRST_VILLAGE, again.id()));
            assertThat(township()).containsEntry("toilet.households", String.valueOf(households(2020, 0)));
        } finally {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM village WHERE code = ?", Integer.class, FIRST_VILLAGE) == 0) {
                restore(village);
            }
        }
    }

    private void restore(Map<String, Object> village) {
        jdbc.update("INSERT INTO village (code, name, households, poor_households) VALUES (?, ?, ?, ?)",
                village.get("code"), village.get("name"), village.get("households"), village.get("poor_households"));
    }

    private static int households(long seed, int... villages) {
        List<VillageSample> plan = SampleReturns.plan(Inboxes.registry(), Inboxes.PERIOD, seed).villages();
        int sum = 0;
        for (int village : villages) {
            sum += plan.get(village).toilets().size();
        }
        return sum;
    }
}
