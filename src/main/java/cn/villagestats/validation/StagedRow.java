package cn.villagestats.validation;

/**
 * A data row that passed every row rule and goes to its programme's staging table: each
 * programme stages its own record type, and a programme cannot be declared without one.
 */
public interface StagedRow {

    /** One-based row number in the village's sheet. */
    int rowNumber();
}
