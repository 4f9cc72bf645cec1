package cn.villagestats.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.consolidation.CheckedReturn;
import cn.villagestats.intake.IntakeLimits;
import cn.villagestats.intake.RawSheets;
import cn.villagestats.intake.UnreadableReturnException;
import cn.villagestats.programme.Programmes;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.spreadsheet.Mark;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import cn.villagestats.validation.ReturnWarning;
import cn.villagestats.validation.Violation;
import org.springframework.stereotype.Component;

/**
 * The feedback workbook of a return checked on upload, laid out as the night's
 * ({@link FeedbackWorkbooks}): the 问题清单 and a marked copy of the clerk's sheets, or for a
 * return rejected whole the short note saying why.
 */
@Component
public class UploadFeedback {

    private final IntakeLimits limits;
    private final Programmes programmes;

    UploadFeedback(IntakeLimits limits, Programmes programmes) {
        this.limits = limits;
        this.programmes = programmes;
    }

    /** Writes the feedback of {@code checked}, read from {@code returnFile} and shown as {@code name}, to {@code target}. */
    public void write(CheckedReturn checked, String name, Path returnFile, Path target) {
        ReturnOutcome outcome = new ReturnOutcome(name, checked.villageCode(), checked.villageName(), checked.status(),
                checked.rowsRead(), checked.rowsAccepted(), checked.rowsRejected(), checked.reasonZh(),
                checked.reasonEn());
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsxStreamingInline()) {
            if (!checked.accepted()) {
                ProblemList.writeRejected(workbook, outcome);
            } else {
                List<Problem> problems = new ArrayList<>();
                for (Violation v : checked.problems()) {
                    problems.add(new Problem(v.sheet(), v.rowNumber(), v.column(), v.value(), v.reasonZh(), Mark.REJECTED));
                }
                for (ReturnWarning w : checked.warnings()) {
                    problems.add(new Problem(w.sheet(), w.rowNumber(), w.column(), w.value(), w.reasonZh(), Mark.WARNED));
                }
                ProblemList.write(workbook, outcome, problems, true);
                try {
                    RawSheets.read(returnFile, limits, programmes.sheets(), new DataCopy(workbook, problems));
                } catch (UnreadableReturnException | RuntimeException e) {
                    // the list alone still tells the clerk what to fix
                }
            }
            workbook.writeTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
