package cn.villagestats.consolidation;


import cn.villagestats.feedback.FeedbackWorkbooks;
import cn.villagestats.programme.Programmes;
import cn.villagestats.reporting.CountyExport;
import cn.villagestats.reporting.TotalsAggregator;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code consolidateReturnsJob}: discover the period's returns, load each one alone (in
 * parallel, one partition per return: {@link LoadReturnsStepConfiguration}), reconcile
 * across returns, aggregate the totals in the database, export them, and write each
 * village's feedback workbook. A run holds its
 * period's {@link PeriodLock} throughout, so a second run of the same period, from any host,
 * is refused.
 */
@Configuration
class ConsolidateReturnsJobConfiguration {

    static final String JOB_NAME = "consolidateReturnsJob";

    @Bean
    Job consolidateReturnsJob(JobRepository jobRepository, Step discoverReturnsStep, Step loadReturnsStep,
                              Step reconcileReturnsStep, Step aggregateTotalsStep, Step exportTotalsStep,
                              Step writeFeedbackStep, JdbcTemplate jdbc, PeriodLockListener periodLockListener,
                              RunHeartbeat runHeartbeat) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(ConsolidationParameters.validator())
                .listener(new RunOutcomeListener(jdbc, jobRepository))
                .listener(runHeartbeat)
                .listener(periodLockListener)
                .start(discoverReturnsStep)
                .next(loadReturnsStep)
                .next(reconcileReturnsStep)
                .next(aggregateTotalsStep)
                .next(exportTotalsStep)
                .next(writeFeedbackStep)
                .build();
    }

    /** The tasklet is built for each execution, from its job's parameters, as the load's steps are. */
    @Bean
    Step discoverReturnsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ReturnLedger ledger, StagingRepository staging, TaskExecutor loadTaskExecutor) {
        return taskletStep("discoverReturnsStep", jobRepository, transactionManager, (contribution, context) -> {
            JobParameters parameters = parameters(context);
            return new DiscoverReturnsTasklet(new Inbox(ConsolidationParameters.inbox(parameters)),
                    ConsolidationParameters.period(parameters), ledger, staging, loadTaskExecutor)
                    .execute(contribution, context);
        });
    }

    @Bean
    Step reconcileReturnsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              ReturnLedger ledger, StagingRepository staging, JdbcTemplate jdbc,
                              TaskExecutor loadTaskExecutor) {
        return taskletStep("reconcileReturnsStep", jobRepository, transactionManager, (contribution, context) ->
                new ReconcileReturnsTasklet(ConsolidationParameters.period(parameters(context)),
                        new Supersession(ledger), new DuplicateIdNumbers(jdbc, staging, loadTaskExecutor),
                        ledger, new RegistryWarnings(jdbc, staging))
                        .execute(contribution, context));
    }

    @Bean
    Step aggregateTotalsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             TotalsAggregator aggregator, JdbcTemplate jdbc, StagingRepository staging,
                             Programmes programmes) {
        PreviousPeriodWarnings previous = new PreviousPeriodWarnings(jdbc, staging, programmes);
        return taskletStep("aggregateTotalsStep", jobRepository, transactionManager, (contribution, context) -> {
            String period = ConsolidationParameters.period(parameters(context));
            aggregator.aggregate(period, context.getStepContext().getStepExecution().getJobExecutionId());
            // needs this period's village totals, and must precede the export that shows warnings
            previous.apply(period);
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step exportTotalsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          CountyExport export) {
        return taskletStep("exportTotalsStep", jobRepository, transactionManager, (contribution, context) -> {
            export.write(ConsolidationParameters.period(parameters(context)),
                    ConsolidationParameters.out(parameters(context)));
            return RepeatStatus.FINISHED;
        });
    }

    /** One return per task on the load's pool, idle by now: as many at once as returns are loaded. */
    @Bean
    Step writeFeedbackStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           FeedbackWorkbooks feedback, TaskExecutor loadTaskExecutor) {
        return taskletStep("writeFeedbackStep", jobRepository, transactionManager, (contribution, context) -> {
            JobParameters parameters = parameters(context);
            feedback.write(ConsolidationParameters.period(parameters), ConsolidationParameters.inbox(parameters),
                    ConsolidationParameters.out(parameters), loadTaskExecutor);
            return RepeatStatus.FINISHED;
        });
    }

    private static Step taskletStep(String name, JobRepository jobRepository,
                                    PlatformTransactionManager transactionManager, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
    }

    private static JobParameters parameters(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobParameters();
    }
}
