/**
 * What operators and the scheduler call: the command line ({@code run}, {@code status},
 * {@code rerun}, {@code stop}, {@code abandon}, {@code recover}, {@code serve}, {@code template},
 * {@code user}; its grammar in picocli, {@code Commands}), {@code status}'s read-only path that
 * starts no application context ({@code StatusCommand}), the levers over Spring Batch's {@code JobOperator} that the console calls too,
 * the nightly schedule, run reports, exit codes, start-up checks (locale, settings, database),
 * the failed night's notices and {@code serve}'s health. Uses consolidation and reporting.
 */
package cn.villagestats.operations;
