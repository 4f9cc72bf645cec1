package cn.villagestats.bench;

import java.nio.file.Path;
import java.time.YearMonth;

import cn.villagestats.VillageStatsApplication;
import cn.villagestats.consolidation.ConsolidationParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole {@code consolidateReturnsJob} (discover, read, validate, stage, reconcile,
 * aggregate, export) over an inbox, against a fresh file database as in production. The
 * time is the job's, without starting Spring.
 */
final class JobRun {

    static final YearMonth PERIOD = YearMonth.of(2020, 12);
    /** Read, validate, stage and aggregate: the job of issue 5's ledger bars, without the export and feedback. */
    static final java.util.Set<String> CORE_STEPS = java.util.Set.of("discoverReturnsStep", "loadReturnsStep",
            "reconcileReturnsStep", "aggregateTotalsStep");

    private JobRun() {
    }

    static Measure.Outcome run(Path inbox, Path work) throws Exception {
        SpringApplication application = new SpringApplication(VillageStatsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // a fresh H2 file, with the default's settings, unless the benchmark names another database (PostgreSQL)
        String[] database = System.getProperty("spring.datasource.url") != null ? new String[0]
                : new String[] {"--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath()
                        + DefaultDatabase.settings()};
        try (ConfigurableApplicationContext context = application.run(database)) {
            JobOperator operator = context.getBean(JobOperator.class);
            Job job = context.getBean("consolidateReturnsJob", Job.class);
            Spent spent = Spent.now();
            long start = System.nanoTime();
            JobExecution execution = operator.start(job,
                    ConsolidationParameters.of(PERIOD, inbox, "bench-" + System.nanoTime(), work.resolve("out")));
            long nanos = System.nanoTime() - start;
            Spent used = Spent.now().since(spent);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("job ended " + execution.getStatus() + ": "
                        + execution.getAllFailureExceptions());
            }
            // where the time went, for the log of this run
            long coreNanos = 0;
            for (var step : execution.getStepExecutions()) {
                if (!step.getStepName().contains(":")) {
                    long stepNanos = java.time.Duration.between(step.getStartTime(), step.getEndTime()).toNanos();
                    System.out.printf("step %s %d ms%n", step.getStepName(), stepNanos / 1_000_000);
                    if (CORE_STEPS.contains(step.getStepName())) {
                        coreNanos += stepNanos;
                    }
                }
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Long read = jdbc.queryForObject("SELECT COALESCE(SUM(rows_read), 0) FROM intake_return", Long.class);
            Long accepted = jdbc.queryForObject("SELECT COALESCE(SUM(rows_accepted), 0) FROM intake_return "
                    + "WHERE status = 'accepted'", Long.class);
            return new Measure.Outcome(nanos, new Count(read, accepted), used, coreNanos);
        }
    }
}
