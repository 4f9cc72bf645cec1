package cn.villagestats.consolidation;

import java.nio.file.Path;
import java.time.YearMonth;

import cn.villagestats.intake.IntakeLimits;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.registry.VillageRegistry;
import cn.villagestats.validation.CoverValidator;
import cn.villagestats.validation.ValidatedRow;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code loadReturnsStep}: one partition per return still to load, run in parallel on a
 * pool sized to the cores; each partition is a {@code loadReturnStep} that reads one return
 * (intake), validates its rows and stages them. The step-scoped beans below are the state
 * and the parts of one such load.
 */
@Configuration
class LoadReturnsStepConfiguration {

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
        executor.setTaskDecorator(new RunLogContext());
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
}
