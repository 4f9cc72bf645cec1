package cn.villagestats.validation;

/** A data row that passed every row rule and goes to the staging tables. */
public sealed interface StagedRow permits ToiletRecord, RoadRecord, SurveillanceRecord {

    /** One-based row number in the village's sheet. */
    int rowNumber();
}
