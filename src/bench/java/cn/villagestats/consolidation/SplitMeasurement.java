package cn.villagestats.consolidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Not a test: times splitting a run's load step into N returns, with Spring Batch's
 * {@code SimpleStepExecutionSplitter} and with {@link ReturnPartitionSplitter}, on a fresh H2
 * file job repository, for growing N (each N a new run, the two splitters interleaved). Run with
 * {@code java -cp <test classpath> cn.villagestats.consolidation.SplitMeasurement 1000 2000 4000}.
 */
final class SplitMeasurement {

    private SplitMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("split");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
                .execute(dataSource);
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
        factory.afterPropertiesSet();
        JobRepository repository = factory.getObject();
        for (int round = 0; round < 2; round++) {
            for (String arg : args) {
                int returns = Integer.parseInt(arg);
                Partitioner partitioner = ReturnPartitionSplitterTests.returns(returns);
                long batch = time(repository, new SimpleStepExecutionSplitter(repository, LoadReturnStep.NAME,
                        partitioner));
                long ours = time(repository, new ReturnPartitionSplitter(repository, LoadReturnStep.NAME, partitioner));
                System.out.printf("round %d, %d returns: Spring Batch's splitter %d ms, ours %d ms%n", round + 1,
                        returns, batch, ours);
            }
        }
    }

    private static long time(JobRepository repository, StepExecutionSplitter splitter) throws Exception {
        JobParameters parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
                .toJobParameters();
        JobExecution execution = repository.createJobExecution(repository.createJobInstance("splitJob", parameters),
                parameters, new ExecutionContext());
        var manager = repository.createStepExecution("loadReturnsStep", execution);
        long start = System.nanoTime();
        splitter.split(manager, 1);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
