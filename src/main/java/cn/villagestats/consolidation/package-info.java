/**
 * The nightly consolidation as one Spring Batch job, {@code consolidateReturnsJob}
 * ({@link cn.villagestats.consolidation.ConsolidateReturnsJobConfiguration}): discover the
 * period's inbox, load each return as a partition of its own (read, validate, stage; one return is
 * one unit of work, retried or replaced alone), reconcile supersession and repeated 身份证号,
 * aggregate, export, write feedback. Here too: the period lock that keeps one run per period
 * across hosts, dead-run detection, the staging tables' SQL, and the upload check that applies the
 * night's reader and rules to one file. The job's parameters are written and read by
 * {@link cn.villagestats.consolidation.ConsolidationParameters} alone. Uses workbook (cells),
 * intake, validation, registry, reporting, feedback and sort.
 *
 * <h2>Where the job departs from Spring Batch's defaults, and why</h2>
 * A night may bring a county's 1,000 returns or a single ledger of a million rows; Batch's
 * defaults cost time in proportion to the returns squared, or per row, and are replaced where
 * they did:
 * <ul>
 * <li><b>No step-scoped beans.</b> The load's per-return step
 * ({@link cn.villagestats.consolidation.LoadReturnStep}) is a plain {@code StoppableStep} that builds
 * its chunk step (reader, writer, listener) for each execution by constructors, from the
 * partition's return id and the job's parameters: step scope cost SpEL, bean creation and a proxy
 * call per item and partition. The discover and reconcile tasklets and the load's partitioner are
 * built per execution the same way, so nothing reads a parameter through SpEL.</li>
 * <li><b>Our own partition splitter</b> ({@link cn.villagestats.consolidation.ReturnPartitionSplitter}):
 * Batch's looks up each partition's last execution with a query over the run's step executions,
 * quadratic in the returns (hours for a province's 100,000); ours reads them once. One rule differs:
 * a partition that completed earlier is loaded again when the ledger still holds its return pending,
 * since the process died before its outcome was recorded.</li>
 * <li><b>Our own partition handler</b> ({@link cn.villagestats.consolidation.ReturnPartitionHandler}):
 * a return starts loading as soon as its step execution is saved, not once all are (saving 1,000
 * executions is 2,000 commits of the job repository), and once a load has lost the database the
 * returns not yet started fail at once instead of each waiting for a connection.</li>
 * <li><b>One shared pool</b> ({@code loadTaskExecutor}, sized by {@code villagestats.load.threads}):
 * the load's partitions run on it, and the steps around the load, when it is idle, run their
 * independent pieces on it through {@link cn.villagestats.consolidation.OnLoadPool} (discover hashes
 * files, reconcile reads returns back a page at a time) or directly (aggregation, feedback), so every
 * step uses as many cores as the load and one thread when the load is given one. Its threads log
 * under the run's id ({@link cn.villagestats.consolidation.RunLogContext}).</li>
 * <li><b>Reading ahead</b> ({@link cn.villagestats.consolidation.ReadAhead}): a large return is parsed
 * and validated on a thread of its own, overlapping the writes of the chunk step.</li>
 * <li><b>Restarts that survive a dead process.</b> Batch will not restart a run left
 * {@code STARTED}; {@link cn.villagestats.consolidation.DeadRuns} closes such a run as failed once its
 * process is gone (its pid and start time, or its heartbeat from another host), then
 * {@code JobOperator.restart} resumes it. A load's outcome is recorded by its listener, which fails
 * the step when the record cannot be written, so the rerun loads that return again.</li>
 * </ul>
 */
package cn.villagestats.consolidation;
