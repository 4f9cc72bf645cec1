package cn.villagestats.consolidation;

import java.util.function.Function;

import cn.villagestats.intake.IntakeLimits;
import cn.villagestats.programme.Programmes;
import cn.villagestats.registry.VillageRegistry;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
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
 * (intake), validates its rows and stages them; {@link LoadReturnStep} builds the parts of
 * each such load.
 */
@Configuration
class LoadReturnsStepConfiguration {

    @Bean
    Step loadReturnsStep(JobRepository jobRepository, ReturnLedger ledger, Step loadReturnStep,
                         TaskExecutor loadTaskExecutor) {
        // the partitioner is built for each execution from its job's parameters, with no step-scoped bean
        Function<StepExecution, Partitioner> partitioners =
                manager -> new ReturnPartitioner(ledger, ConsolidationParameters.period(manager.getJobParameters()));
        return new StepBuilder("loadReturnsStep", jobRepository)
                .partitioner(loadReturnStep)
                .splitter(new ReturnPartitionSplitter(jobRepository, LoadReturnStep.NAME, partitioners))
                .partitionHandler(new ReturnPartitionHandler(loadReturnStep, loadTaskExecutor))
                .build();
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
                        ReturnLedger ledger, StagingRepository staging, Programmes programmes,
                        VillageRegistry registry, IntakeLimits intakeLimits,
                        @Value("${villagestats.load.chunk-size:500}") int chunkSize,
                        @Value("${villagestats.load.read-ahead-rows:2000}") int readAheadRows,
                        @Value("${villagestats.load.read-ahead-min-bytes:1048576}") long readAheadMinBytes) {
        return new LoadReturnStep(jobRepository, transactionManager, ledger, staging, programmes, registry,
                intakeLimits, chunkSize, new ReadAheadPolicy(readAheadRows, readAheadMinBytes));
    }
}
