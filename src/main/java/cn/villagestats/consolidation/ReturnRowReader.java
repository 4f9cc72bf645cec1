package cn.villagestats.consolidation;

import java.nio.file.Path;
import java.time.YearMonth;

import cn.villagestats.intake.IntakeLimits;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.intake.ReturnWorkbook;
import cn.villagestats.intake.ReturnWorkbookReader;
import cn.villagestats.intake.UnreadableReturnException;
import cn.villagestats.programme.Programmes;
import cn.villagestats.validation.CoverResult;
import cn.villagestats.validation.CoverValidator;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.ValidatedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.dao.DataAccessException;

/**
 * Streams the data rows of one return, each validated against the rules. Opening it checks
 * that the return can be read and that its cover is valid; when not, the return is rejected
 * whole and no row is read. A rerun reads the return again from its first row, after
 * clearing what was staged.
 */
class ReturnRowReader implements ItemStreamReader<ValidatedRow> {

    private static final Logger log = LoggerFactory.getLogger(ReturnRowReader.class);

    private final ReturnLoad load;
    private final ReturnLedger ledger;
    private final Inbox inbox;
    private final IntakeLimits limits;
    private final YearMonth period;
    private final CoverValidator coverValidator;
    private final StagingRepository staging;
    private final Programmes programmes;
    private final ReadAheadPolicy readAhead;
    private Path file;
    private ReturnWorkbook workbook;
    private RowRule validator;
    private ReadAhead<ValidatedRow> rows;

    /**
     * Reads the return {@code load} names from the inbox, its file found in the ledger when opened. A
     * file {@code readAhead} applies to is parsed and validated on a thread of its own.
     */
    ReturnRowReader(ReturnLoad load, ReturnLedger ledger, Inbox inbox, IntakeLimits limits, YearMonth period,
                    CoverValidator coverValidator, StagingRepository staging, Programmes programmes,
                    ReadAheadPolicy readAhead) {
        this.load = load;
        this.ledger = ledger;
        this.inbox = inbox;
        this.limits = limits;
        this.period = period;
        this.coverValidator = coverValidator;
        this.staging = staging;
        this.programmes = programmes;
        this.readAhead = readAhead;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        load.file(ledger.get(load.returnId()).fileName());
        file = inbox.resolve(load.fileName());
        staging.clear(load.returnId());
        try {
            workbook = ReturnWorkbookReader.open(file, limits, programmes.sheets());
            CoverResult cover = coverValidator.validate(workbook.cover(), period);
            if (cover.isValid()) {
                validator = programmes.rules(cover.cover().period());
                load.readable(cover.cover());
                if (readAhead.appliesTo(file)) {
                    rows = new ReadAhead<>(() -> validated(workbook.next()), readAhead.rows(),
                            "read-" + load.returnId());
                }
            } else {
                load.reject(CoverRejection.statedVillageCode(workbook.cover()), CoverRejection.reasonZh(cover),
                        CoverRejection.reasonEn(cover));
            }
        } catch (UnreadableReturnException e) {
            rejectUnreadable(e);
        } catch (DataAccessException e) {
            // the registry's database failing is no fault of the file: the load fails, the rerun reads it again
            throw e;
        } catch (RuntimeException e) {
            rejectDamaged(e);
        }
    }

    @Override
    public ValidatedRow read() {
        if (!load.hasRowsToRead()) {
            return null;
        }
        try {
            ValidatedRow row = rows != null ? rows.next() : validated(workbook.next());
            if (row == null) {
                load.finishReading(workbook.totalRows(), workbook.notices());
            }
            return row;
        } catch (UnreadableReturnException e) {
            load.reject(load.cover().villageCode(), e.reasonZh(), e.reasonEn());
            return null;
        } catch (RuntimeException e) {
            rejectDamaged(e);
            return null;
        }
    }

    /** A data row counted and validated ({@code null} after the last); on the read-ahead thread if any. */
    private ValidatedRow validated(ReturnRow row) {
        if (row == null) {
            return null;
        }
        load.countRowRead(row);
        return validator.validate(row);
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
        if (workbook != null) {
            try {
                workbook.close();
            } catch (Exception e) {
                log.debug("Closing {} failed", file.getFileName(), e);
            }
            workbook = null;
        }
    }

    /**
     * A return rejected whole for its file or its sheets. When its cover could be read it is
     * checked all the same: a valid one names the village, so the township knows whom to
     * call; an invalid one adds its own reasons (an unknown village, another month).
     */
    private void rejectUnreadable(UnreadableReturnException e) {
        if (e.cover().isEmpty()) {
            load.reject(null, e.reasonZh(), e.reasonEn());
            return;
        }
        CoverResult cover = coverValidator.validate(e.cover(), period);
        if (cover.isValid()) {
            load.reject(cover.cover().villageCode(), cover.cover().villageName(), e.reasonZh(), e.reasonEn());
        } else {
            load.reject(CoverRejection.statedVillageCode(e.cover()),
                    CoverRejection.reasonZh(cover) + "；" + e.reasonZh(), CoverRejection.reasonEn(cover) + "; "
                            + e.reasonEn());
        }
    }

    /** A workbook that breaks the reader in a way nobody foresaw is still only one bad return. */
    private void rejectDamaged(RuntimeException e) {
        log.warn("Return {} could not be read: {}", file.getFileName(), e.toString());
        load.reject(load.cover() == null ? null : load.cover().villageCode(),
                "文件已损坏，无法读取，请重新保存后再报送",
                "the workbook is damaged and cannot be read (" + e.getClass().getSimpleName() + ")");
    }
}
