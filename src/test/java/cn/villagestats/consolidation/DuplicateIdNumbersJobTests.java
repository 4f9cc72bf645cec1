package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import cn.villagestats.registry.Village;
import cn.villagestats.samples.LedgerReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/** A 身份证号 reported by two villages counts once: for the first village by code. */
class DuplicateIdNumbersJobTests extends JobTestSupport {

    @TempDir
    Path inbox;
    @TempDir
    Path out;

    @Test
    void shouldRejectTheRepeatsOfTheLaterVillageOnly() throws Exception {
        // given two ledgers whose three households carry the same id numbers
        List<Village> villages = Inboxes.registry();
        Village first = villages.get(0);
        Village second = villages.get(1);
        LedgerReturn.write(second, Inboxes.PERIOD, 3, 7, inbox.resolve("b.xlsx"));
        LedgerReturn.write(first, Inboxes.PERIOD, 3, 8, inbox.resolve("a.xlsx"));

        // when
        BatchStatus status = run(inbox, out);

        // then
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        List<String> rejectedFor = jdbc.queryForList("SELECT r.village_code FROM rejected_cell c "
                + "JOIN intake_return r ON r.id = c.return_id WHERE c.kind = 'duplicate'", String.class);
        assertThat(rejectedFor).containsOnly(second.code()).hasSize(3);
        List<String> flagged = jdbc.queryForList("SELECT r.village_code FROM toilet_row t "
                + "JOIN intake_return r ON r.id = t.return_id WHERE t.duplicate", String.class);
        assertThat(flagged).containsOnly(second.code()).hasSize(3);
        assertThat(township()).containsEntry("toilet.households", "3");
    }
}
