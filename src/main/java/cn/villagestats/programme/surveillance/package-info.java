/**
 * 雪亮工程 (surveillance): the sheet's columns
 * ({@link cn.villagestats.programme.surveillance.SurveillanceSheet}), the row rule, the accepted
 * record, its staging table {@code surveillance_row} and the programme's indicators, registered by
 * {@link cn.villagestats.programme.surveillance.SurveillanceProgramme}. Uses {@code returns},
 * {@code validation}'s shared parsers and rules, and {@code programme}.
 */
package cn.villagestats.programme.surveillance;
