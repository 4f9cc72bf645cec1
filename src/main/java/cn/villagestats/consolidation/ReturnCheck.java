package cn.villagestats.consolidation;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.intake.IntakeLimits;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.intake.ReturnWorkbook;
import cn.villagestats.intake.ReturnWorkbookReader;
import cn.villagestats.intake.UnreadableReturnException;
import cn.villagestats.programme.Programmes;
import cn.villagestats.registry.VillageRegistry;
import cn.villagestats.validation.CoverResult;
import cn.villagestats.validation.CoverValidator;
import cn.villagestats.validation.ReturnWarning;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.TotalRowCheck;
import cn.villagestats.validation.ValidatedRow;
import cn.villagestats.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads and validates one return at once, as the night's load does ({@link ReturnRowReader}:
 * the same reader, limits, cover check and row rules), staging nothing: what an upload answers
 * before the night consolidates the file. Repeats of a 身份证号 across rows and returns are found
 * by the night only, in the database.
 */
@Component
public class ReturnCheck {

    private static final Logger log = LoggerFactory.getLogger(ReturnCheck.class);

    private final VillageRegistry registry;
    private final IntakeLimits limits;
    private final Programmes programmes;

    ReturnCheck(VillageRegistry registry, IntakeLimits limits, Programmes programmes) {
        this.registry = registry;
        this.limits = limits;
        this.programmes = programmes;
    }

    public CheckedReturn check(Path file, YearMonth period) {
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, limits, programmes.sheets())) {
            CoverResult cover = new CoverValidator(registry).validate(workbook.cover(), period);
            if (!cover.isValid()) {
                return CheckedReturn.rejected(CoverRejection.statedVillageCode(workbook.cover()), null,
                        CoverRejection.reasonZh(cover), CoverRejection.reasonEn(cover), cover.violations());
            }
            RowRule validator = programmes.rules(cover.cover().period());
            TotalRowCheck totals = new TotalRowCheck();
            List<Violation> problems = new ArrayList<>();
            int read = 0;
            int rejected = 0;
            for (ReturnRow row = workbook.next(); row != null; row = workbook.next()) {
                read++;
                totals.add(row);
                ValidatedRow validated = validator.validate(row);
                if (!validated.isAccepted()) {
                    rejected++;
                    problems.addAll(validated.violations());
                }
            }
            List<ReturnWarning> warnings = new ArrayList<>(totals.compare(workbook.totalRows()));
            for (String notice : workbook.notices()) {
                int slash = notice.indexOf(" / ");
                warnings.add(slash < 0 ? ReturnWarning.ofReturn(notice, notice)
                        : ReturnWarning.ofReturn(notice.substring(0, slash), notice.substring(slash + 3)));
            }
            return new CheckedReturn(cover.cover().villageCode(), cover.cover().villageName(), true, read,
                    read - rejected, rejected, null, null, problems, warnings);
        } catch (UnreadableReturnException e) {
            return CheckedReturn.rejected(null, null, e.reasonZh(), e.reasonEn(), List.of());
        } catch (Exception e) {
            // as the night: a workbook that breaks the reader unforeseen is one bad return, not a server error
            log.warn("Uploaded return {} could not be read: {}", file.getFileName(), e.toString());
            return CheckedReturn.rejected(null, null, "文件已损坏，无法读取，请重新保存后再报送",
                    "the workbook is damaged and cannot be read (" + e.getClass().getSimpleName() + ")", List.of());
        }
    }
}
