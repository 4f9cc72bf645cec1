package cn.villagestats.consolidation;

import java.text.Normalizer;
import java.util.Map;
import java.util.stream.Collectors;

import cn.villagestats.intake.CoverField;
import cn.villagestats.validation.CoverResult;
import cn.villagestats.validation.Violation;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.Spaces;

/** What the ledger keeps of a return whose cover was rejected: the village it names, and why, in one line. */
final class CoverRejection {

    private CoverRejection() {
    }

    /** The village code the cover states, kept on record even when the cover is rejected. */
    static String statedVillageCode(Map<CoverField, SheetCell> cover) {
        SheetCell cell = cover.get(CoverField.VILLAGE_CODE);
        String digits = cell == null ? "" : Spaces.strip(Normalizer.normalize(cell.text(), Normalizer.Form.NFKC));
        return digits.matches("\\d{12}") ? digits : null;
    }

    static String reasonZh(CoverResult cover) {
        return "封面有误：" + cover.violations().stream().map(Violation::reasonZh).collect(Collectors.joining("；"));
    }

    static String reasonEn(CoverResult cover) {
        return "invalid cover: " + cover.violations().stream().map(Violation::reasonEn).collect(Collectors.joining("; "));
    }
}
