package cn.villagestats.consolidation;

import java.time.YearMonth;

import cn.villagestats.intake.IntakeLimits;
import cn.villagestats.programme.Programmes;
import cn.villagestats.registry.VillageRegistry;
import cn.villagestats.validation.CoverValidator;
import cn.villagestats.validation.ValidatedRow;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StoppableStep;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code loadReturnStep}, the step each partition of the load runs: every execution builds
 * the reader (which validates), writer and listener of the one return its partition names, by
 * plain constructors. Step-scoped beans did the same at the cost of SpEL, bean creation
 * and a proxy call per item and partition. Building does no I/O: whatever can fail
 * happens inside the chunk step, which records the failure as before.
 */
final class LoadReturnStep implements StoppableStep {

    static final String NAME = "loadReturnStep";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ReturnLedger ledger;
    private final StagingRepository staging;
    private final Programmes programmes;
    private final VillageRegistry registry;
    private final IntakeLimits limits;
    private final int chunkSize;
    private final ReadAheadPolicy readAhead;

    LoadReturnStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReturnLedger ledger,
                   StagingRepository staging, Programmes programmes, VillageRegistry registry, IntakeLimits limits,
                   int chunkSize, ReadAheadPolicy readAhead) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.ledger = ledger;
        this.staging = staging;
        this.programmes = programmes;
        this.registry = registry;
        this.limits = limits;
        this.chunkSize = chunkSize;
        this.readAhead = readAhead;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        chunkStep(stepExecution).execute(stepExecution);
    }

    private Step chunkStep(StepExecution stepExecution) {
        ReturnLoad load = new ReturnLoad(stepExecution.getExecutionContext().getLong(ReturnPartitioner.RETURN_ID));
        JobParameters parameters = stepExecution.getJobExecution().getJobParameters();
        ReturnRowReader reader = new ReturnRowReader(load, ledger, new Inbox(ConsolidationParameters.inbox(parameters)),
                limits, YearMonth.parse(ConsolidationParameters.period(parameters)), new CoverValidator(registry),
                staging, programmes, readAhead);
        return new StepBuilder(NAME, jobRepository)
                .<ValidatedRow, ValidatedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(new StagingWriter(load, staging, programmes))
                .listener(new ReturnLoadListener(load, ledger, staging))
                .build();
    }
}
