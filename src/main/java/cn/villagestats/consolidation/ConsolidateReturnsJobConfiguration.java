package cn.villagestats.consolidation;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import cn.villagestats.feedback.FeedbackWorkbooks;
import cn.villagestats.intake.IntakeLimits;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.registry.VillageRegistry;
import cn.villagestats.reporting.CountyExport;
import cn.villagestats.reporting.TotalsAggregator;
import cn.villagestats.validation.CoverValidator;
import cn.villagestats.validation.ValidatedRow;
import org.slf4j.MDC;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code consolidateReturnsJob}: discover the period's returns, load each one alone (in
 * parallel, one partition per return), reconcile across returns, aggregate the totals in
 * the database, export them, and write each village's feedback workbook. A run holds its
 * period's {@link PeriodLock} throughout, so a second run of the same period, from any host,
 * is refused.
 */
@Configuration
class ConsolidateReturnsJobConfiguration {

    static final String JOB_NAME = "consolidateReturnsJob";

    @Bean
    Job consolidateReturnsJob(JobRepository jobRepository, Step discoverReturnsStep, Step loadReturnsStep,
                              Step reconcileReturnsStep, Step aggregateTotalsStep, Step exportTotalsStep,
                              Step writeFeedbackStep, JdbcTemplate jdbc, PeriodLockListener periodLockListener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(ConsolidationParameters.validator())
                .listener(new RunOutcomeListener(jdbc, jobRepository))
                .listener(periodLockListener)
                .start(discoverReturnsStep)
                .next(loadReturnsStep)
                .next(reconcileReturnsStep)
                .next(aggregateTotalsStep)
                .next(exportTotalsStep)
                .next(writeFeedbackStep)
                .build();
    }

    @Bean
    Step discoverReturnsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             Tasklet discoverReturnsTasklet) {
        return new StepBuilder("discoverReturnsStep", jobRepository)
                .tasklet(discoverReturnsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    DiscoverReturnsTasklet discoverReturnsTasklet(@Value("#{jobParameters['inbox']}") String inbox,
                                                  @Value("#{jobParameters['period']}") String period,
                                                  ReturnLedger ledger) {
        return new DiscoverReturnsTasklet(new Inbox(Path.of(inbox)), period, ledger);
    }

    @Bean
    Step loadReturnsStep(JobRepository jobRepository, ReturnPartitioner returnPartitioner, Step loadReturnStep,
                         TaskExecutor loadTaskExecutor) {
        return new StepBuilder("loadReturnsStep", jobRepository)
                .partitioner("loadReturnStep", returnPartitioner)
                .step(loadReturnStep)
                .taskExecutor(loadTaskExecutor)
                .build();
    }

    @Bean
    @StepScope
    ReturnPartitioner returnPartitioner(ReturnLedger ledger, @Value("#{jobParameters['period']}") String period) {
        return new ReturnPartitioner(ledger, period);
    }

    @Bean
    TaskExecutor loadTaskExecutor(@Value("${villagestats.load.threads:0}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        executor.setCorePoolSize(size);
        executor.setMaxPoolSize(size);
        executor.setThreadNamePrefix("load-");
        // partition threads log under the execution id of the run that started them
        executor.setTaskDecorator(task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    task.run();
                } finally {
                    MDC.clear();
                }
            };
        });
        executor.initialize();
        return executor;
    }

    @Bean
    Step loadReturnStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        ReturnRowReader returnRowReader, ReturnRowProcessor returnRowProcessor,
                        StagingWriter stagingWriter, ReturnLoadListener returnLoadListener,
                        @Value("${villagestats.load.chunk-size:500}") int chunkSize) {
        return new StepBuilder("loadReturnStep", jobRepository)
                .<ReturnRow, ValidatedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(returnRowReader)
                .processor(returnRowProcessor)
                .writer(stagingWriter)
                .listener(returnLoadListener)
                .build();
    }

    @Bean
    @StepScope
    ReturnLoad returnLoad(@Value("#{stepExecutionContext['returnId']}") Long returnId) {
        return new ReturnLoad(returnId);
    }

    @Bean
    @StepScope
    ReturnRowReader returnRowReader(ReturnLoad returnLoad, ReturnLedger ledger, StagingRepository staging,
                                    VillageRegistry registry, IntakeLimits intakeLimits,
                                    @Value("#{stepExecutionContext['returnId']}") Long returnId,
                                    @Value("#{jobParameters['inbox']}") String inbox,
                                    @Value("#{jobParameters['period']}") String period,
                                    @Value("${villagestats.load.read-ahead-rows:0}") int readAheadRows) {
        Path file = new Inbox(Path.of(inbox)).resolve(ledger.get(returnId).fileName());
        return new ReturnRowReader(returnLoad, file, intakeLimits, YearMonth.parse(period),
                new CoverValidator(registry), staging, readAheadRows);
    }

    @Bean
    @StepScope
    ReturnRowProcessor returnRowProcessor(ReturnLoad returnLoad) {
        return new ReturnRowProcessor(returnLoad);
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(ReturnLoad returnLoad, StagingRepository staging) {
        return new StagingWriter(returnLoad, staging);
    }

    @Bean
    @StepScope
    ReturnLoadListener returnLoadListener(ReturnLoad returnLoad, ReturnLedger ledger, StagingRepository staging,
                                          @Value("#{stepExecutionContext['returnId']}") Long returnId) {
        return new ReturnLoadListener(returnLoad, ledger.get(returnId).fileName(), ledger, staging);
    }

    @Bean
    Step reconcileReturnsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              Tasklet reconcileReturnsTasklet) {
        return new StepBuilder("reconcileReturnsStep", jobRepository)
                .tasklet(reconcileReturnsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    ReconcileReturnsTasklet reconcileReturnsTasklet(@Value("#{jobParameters['period']}") String period,
                                                    ReturnLedger ledger, StagingRepository staging,
                                                    JdbcTemplate jdbc) {
        return new ReconcileReturnsTasklet(period, new Supersession(ledger), new DuplicateIdNumbers(jdbc, staging),
                ledger, new RegistryWarnings(jdbc, staging));
    }

    @Bean
    Step aggregateTotalsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             TotalsAggregator aggregator, JdbcTemplate jdbc, StagingRepository staging) {
        PreviousPeriodWarnings previous = new PreviousPeriodWarnings(jdbc, staging);
        Tasklet aggregate = (contribution, context) -> {
            String period = ConsolidationParameters.period(context.getStepContext().getStepExecution()
                    .getJobParameters());
            aggregator.aggregate(period, context.getStepContext().getStepExecution().getJobExecutionId());
            // needs this period's village totals, and must precede the export that shows warnings
            previous.apply(period);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("aggregateTotalsStep", jobRepository).tasklet(aggregate, transactionManager).build();
    }

    @Bean
    Step exportTotalsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          CountyExport export) {
        Tasklet write = (contribution, context) -> {
            var parameters = context.getStepContext().getStepExecution().getJobParameters();
            export.write(ConsolidationParameters.period(parameters),
                    Path.of(parameters.getString(ConsolidationParameters.OUT)));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("exportTotalsStep", jobRepository).tasklet(write, transactionManager).build();
    }

    @Bean
    Step writeFeedbackStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           FeedbackWorkbooks feedback) {
        Tasklet write = (contribution, context) -> {
            var parameters = context.getStepContext().getStepExecution().getJobParameters();
            feedback.write(ConsolidationParameters.period(parameters),
                    Path.of(parameters.getString(ConsolidationParameters.INBOX)),
                    Path.of(parameters.getString(ConsolidationParameters.OUT)));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("writeFeedbackStep", jobRepository).tasklet(write, transactionManager).build();
    }
}
