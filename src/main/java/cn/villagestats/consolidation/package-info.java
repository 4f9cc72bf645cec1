/**
 * The nightly consolidation as one Spring Batch job, {@code consolidateReturnsJob}
 * ({@link cn.villagestats.consolidation.ConsolidateReturnsJobConfiguration}): discover the
 * period's inbox, load each return as a partition of its own (read, validate, stage; one return is
 * one unit of work, retried or replaced alone), reconcile supersession and repeated 身份证号,
 * aggregate, export, write feedback. Here too: the period lock that keeps one run per period
 * across hosts, dead-run detection, the staging tables' SQL, and the upload check that applies the
 * night's reader and rules to one file. Uses intake, validation, reporting and feedback.
 */
package cn.villagestats.consolidation;
