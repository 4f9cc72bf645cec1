package cn.villagestats.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.villagestats.intake.IntakeLimits;
import cn.villagestats.intake.RawSheets;
import cn.villagestats.intake.UnreadableReturnException;
import cn.villagestats.programme.Programmes;
import cn.villagestats.reporting.RejectedCell;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.ReturnReports;
import cn.villagestats.reporting.WarningNote;
import cn.villagestats.spreadsheet.Mark;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes {@code feedback/<period>/<village_code>-<village_name>.xlsx} for every return with
 * rejected rows or warnings, and a short one for every return rejected whole. Clean and
 * superseded returns get none; old feedback of the period is removed first.
 */
@Component
public class FeedbackWorkbooks {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbooks.class);

    private final ReturnReports reports;
    private final IntakeLimits limits;
    private final Programmes programmes;

    /** A workbook a clerk can still open and read: a longer list points to rejected-rows-<period>.csv. */
    private final int maxProblemsListed;
    /** A larger ledger gets the list only: a copy of it would be slow to write and for the clerk to open. */
    private final int maxRowsCopied;

    FeedbackWorkbooks(ReturnReports reports, IntakeLimits limits, Programmes programmes,
                      @Value("${villagestats.feedback.max-problems-listed:10000}") int maxProblemsListed,
                      @Value("${villagestats.feedback.max-rows-copied:65536}") int maxRowsCopied) {
        this.reports = reports;
        this.limits = limits;
        this.programmes = programmes;
        this.maxProblemsListed = maxProblemsListed;
        this.maxRowsCopied = maxRowsCopied;
    }

    /**
     * Writes the period's feedback under {@code out/feedback/<period>/}, one return per task on
     * {@code executor}, and returns the files written. A return whose feedback fails does not stop
     * the others; then this throws once all are done, and a rerun writes the period's feedback anew.
     */
    public List<Path> write(String period, Path inbox, Path out, Executor executor) {
        Path folder = out.resolve("feedback").resolve(period);
        FeedbackFiles.clear(folder);
        List<ReturnOutcome> outcomes = reports.outcomes(period);
        // a village whose good return counts is not told about its broken one: the file names would clash
        Set<String> counted = outcomes.stream().filter(o -> o.status().equals("accepted"))
                .map(ReturnOutcome::villageCode).collect(Collectors.toSet());
        Set<String> toTell = reports.filesToTell(period);
        List<FeedbackTasks.Task> tasks = new ArrayList<>();
        for (ReturnOutcome outcome : outcomes) {
            Path file = folder.resolve(FeedbackFiles.name(outcome));
            if (outcome.status().equals("rejected") && !counted.contains(outcome.villageCode())) {
                tasks.add(new FeedbackTasks.Task(file, () -> write(file, workbook ->
                        ProblemList.writeRejected(workbook, outcome))));
            } else if (outcome.status().equals("accepted") && toTell.contains(outcome.file())) {
                tasks.add(new FeedbackTasks.Task(file, () -> writeAccepted(period, inbox, file, outcome)));
            }
        }
        List<Path> written = FeedbackTasks.runAll(tasks, executor);
        log.info("Feedback for {}: {} workbooks in {}", period, written.size(), folder);
        return written;
    }

    /** The problem list and a marked copy of the data; false when the return had no problem to tell. */
    private boolean writeAccepted(String period, Path inbox, Path file, ReturnOutcome outcome) {
        List<Problem> own = problems(period, outcome.file());
        if (own.isEmpty()) {
            return false;
        }
        boolean listedAll = own.size() <= maxProblemsListed;
        List<Problem> listed = listedAll ? own : own.subList(0, maxProblemsListed);
        return write(file, workbook -> {
            ProblemList.write(workbook, outcome, listed, listedAll);
            if (outcome.rowsRead() <= maxRowsCopied) {
                copyData(inbox.resolve(outcome.file()), workbook, listed);
            }
        });
    }

    /** One file's problems, at most one more than are listed (to know that some were left out). */
    private List<Problem> problems(String period, String file) {
        List<Problem> problems = new ArrayList<>();
        for (RejectedCell c : reports.rejectedCells(period, file, maxProblemsListed + 1)) {
            problems.add(new Problem(c.sheet(), c.row(), c.column(), c.value(), c.reasonZh(), Mark.REJECTED));
        }
        for (WarningNote w : reports.warnings(period, file, maxProblemsListed + 1)) {
            problems.add(new Problem(w.sheet(), w.row(), w.column(), w.value(), w.reasonZh(), Mark.WARNED));
        }
        return problems;
    }

    /**
     * The return was read once already; should it fail now (changed on disk), or hold a cell the
     * workbook cannot take (crafted: over 32,767 characters, past the last column), the list
     * still goes out, with as much of the copy as was made.
     */
    private void copyData(Path returnFile, WorkbookBuilder workbook, List<Problem> problems) {
        try {
            RawSheets.read(returnFile, limits, programmes.sheets(), new DataCopy(workbook, problems));
        } catch (UnreadableReturnException e) {
            log.warn("Feedback for {} without its data copy: {}", returnFile.getFileName(), e.reasonEn());
        } catch (RuntimeException e) {
            log.warn("Feedback for {} with part of its data copy: {}", returnFile.getFileName(), e.toString());
        }
    }

    /** Streamed, strings in their cells: building the workbook in memory cost more than reading the return again. */
    private static boolean write(Path file, Consumer<WorkbookBuilder> content) {
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsxStreamingInline()) {
            content.accept(workbook);
            Files.createDirectories(file.getParent());
            workbook.writeTo(file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
