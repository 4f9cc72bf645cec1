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

    @Override
    public ValidatedRow process(ReturnRow row) {
        return load.validator().validate(row);
    }
}
