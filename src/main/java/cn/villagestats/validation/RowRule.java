package cn.villagestats.validation;

import cn.villagestats.intake.ReturnRow;

/**
 * A programme's rules for one data row of its sheet. One is made per return: a rule may remember
 * what it has seen (point names) to check uniqueness within the village.
 */
@FunctionalInterface
public interface RowRule {

    /** The row accepted with its typed record, or rejected with one violation per bad cell. */
    ValidatedRow validate(ReturnRow row);
}
