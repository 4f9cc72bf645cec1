package cn.villagestats.consolidation;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.validation.ValidatedRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Validates each data row against the rules, with the return's own cover and per-return state. */
class ReturnRowProcessor implements ItemProcessor<ReturnRow, ValidatedRow> {

    private final ReturnLoad load;

    ReturnRowProcessor(ReturnLoad load) {
        this.load = load;
    }

    /** Nothing, once the return was rejected whole in the middle of a chunk (a sheet over the row limit, say). */
    @Override
    public ValidatedRow process(ReturnRow row) {
        if (load.isRejected()) {
            return null;
        }
        return load.validator().validate(row);
    }
}
