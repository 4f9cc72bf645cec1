package cn.villagestats.consolidation;

import java.util.List;

import cn.villagestats.intake.ReturnColumn;
import cn.villagestats.intake.ReturnSheet;
import cn.villagestats.validation.IdNumbers;
import cn.villagestats.validation.Violation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A household is upgraded once: a 身份证号 may appear once per period in the whole
 * township. The first occurrence (by village code, then row) counts; each repeat is
 * rejected, naming where the first one is. Recomputed on every run, since returns come,
 * change and go.
 */
final class DuplicateIdNumbers {

    private static final String CURRENT_TOILETS = "FROM toilet_row t JOIN intake_return r ON r.id = t.return_id "
            + "WHERE r.period = ? AND r.status = 'accepted'";

    private final JdbcTemplate jdbc;
    private final StagingRepository staging;

    DuplicateIdNumbers(JdbcTemplate jdbc, StagingRepository staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    void apply(String period) {
        jdbc.update("DELETE FROM rejected_cell WHERE kind = ? AND return_id IN "
                + "(SELECT id FROM intake_return WHERE period = ?)", StagingRepository.DUPLICATE_REJECTION, period);
        jdbc.update("UPDATE toilet_row SET duplicate = FALSE WHERE duplicate AND return_id IN "
                + "(SELECT id FROM intake_return WHERE period = ?)", period);
        // EXISTS walks the id_number index row by row; a GROUP BY over every id held them all in the heap
        List<Occurrence> repeated = jdbc.query("SELECT t.return_id, t.row_no, t.id_number, r.village_code, "
                        + "r.village_name " + CURRENT_TOILETS + " AND EXISTS (SELECT 1 FROM toilet_row u "
                        + "JOIN intake_return q ON q.id = u.return_id WHERE u.id_number = t.id_number "
                        + "AND q.period = ? AND q.status = 'accepted' "
                        + "AND (u.return_id <> t.return_id OR u.row_no <> t.row_no)) "
                        + "ORDER BY t.id_number, r.village_code, t.row_no",
                (rs, i) -> new Occurrence(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), period, period);
        Occurrence first = null;
        for (Occurrence o : repeated) {
            if (first == null || !first.idNumber().equals(o.idNumber())) {
                first = o;
                continue;
            }
            reject(o, first);
        }
    }

    private void reject(Occurrence repeat, Occurrence first) {
        String sheet = ReturnSheet.TOILETS.chineseName();
        Violation violation = new Violation(sheet, repeat.rowNumber(), ReturnColumn.TOILET_ID_NUMBER.header(),
                IdNumbers.mask(repeat.idNumber()),
                "身份证号重复：已在" + first.villageName() + "（" + first.villageCode() + "）" + sheet + "第"
                        + first.rowNumber() + "行报过，同一户只能计一次",
                "duplicate id number: already reported by " + first.villageCode() + " (" + sheet + " row "
                        + first.rowNumber() + "); a household counts once");
        staging.insertRejections(repeat.returnId(), StagingRepository.DUPLICATE_REJECTION, List.of(violation));
        jdbc.update("UPDATE toilet_row SET duplicate = TRUE WHERE return_id = ? AND row_no = ?",
                repeat.returnId(), repeat.rowNumber());
    }

    private record Occurrence(long returnId, int rowNumber, String idNumber, String villageCode, String villageName) {
    }
}
