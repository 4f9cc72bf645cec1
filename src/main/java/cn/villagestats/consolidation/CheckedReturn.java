package cn.villagestats.consolidation;

import java.util.List;

import cn.villagestats.validation.IdNumbers;
import cn.villagestats.validation.ReturnWarning;
import cn.villagestats.validation.Violation;

/**
 * What {@link ReturnCheck} found in one return: its village (when the cover tells it), whether
 * it would be accepted, its rows read = accepted + rejected, why it would be rejected whole,
 * and its problems (身份证号 masked, as {@link Violation} keeps them).
 */
public record CheckedReturn(String villageCode, String villageName, boolean accepted, int rowsRead, int rowsAccepted,
                            int rowsRejected, String reasonZh, String reasonEn, List<Violation> problems,
                            List<ReturnWarning> warnings) {

    public CheckedReturn {
        if (rowsRead != rowsAccepted + rowsRejected) {
            throw new IllegalArgumentException("rows read must be rows accepted + rows rejected");
        }
        reasonZh = reasonZh == null ? null : IdNumbers.maskWithin(reasonZh);
        reasonEn = reasonEn == null ? null : IdNumbers.maskWithin(reasonEn);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static CheckedReturn rejected(String villageCode, String villageName, String reasonZh, String reasonEn,
                                  List<Violation> problems) {
        return new CheckedReturn(villageCode, villageName, false, 0, 0, 0, reasonZh, reasonEn, problems, List.of());
    }

    public String status() {
        return accepted ? "accepted" : "rejected";
    }
}
