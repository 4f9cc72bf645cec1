package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import cn.villagestats.VillageStatsApplication;
import cn.villagestats.reporting.TotalsRepository;
import cn.villagestats.reporting.TownshipTotal;
import cn.villagestats.testdb.Engine;
import cn.villagestats.testdb.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two hosts, each with its own application (job repository, pool, threads), sharing one
 * PostgreSQL database, start the same period: one consolidates it, the other is refused.
 */
class TwoHostsOnPostgresTests {

    private static final String PERIOD = Inboxes.PERIOD.toString();

    @TempDir
    Path work;

    @Test
    void shouldRunThePeriodOnOneHostAndRefuseItOnTheOtherWhileTheFirstRuns() throws Exception {
        ExecutorService hosts = Executors.newFixedThreadPool(2);
        try (TestDatabase database = Engine.POSTGRES.create();
             ConfigurableApplicationContext hostA = host(database);
             ConfigurableApplicationContext hostB = host(database);
             Connection reader = database.dataSource().getConnection()) {
            // given host A's run of 2020-12, held up before its totals by a reader locking the reporting table
            reader.setAutoCommit(false);
            try (Statement lock = reader.createStatement()) {
                lock.execute("LOCK TABLE village_total IN ACCESS EXCLUSIVE MODE");
            }
            Future<JobExecution> first = hosts.submit(() -> start(hostA, "host-a"));
            PeriodLockHolder holder = awaitHolder(hostB.getBean(PeriodLock.class), first);

            // when host B starts the same period (were it let in, it too would wait for the reader: time out)
            JobExecution second = hosts.submit(() -> start(hostB, "host-b")).get(1, TimeUnit.MINUTES);

            // then B is refused, naming A's execution, and ran no step
            assertThat(second.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(PeriodLockedException.in(second)).get()
                    .satisfies(e -> assertThat(e.holder()).isEqualTo(holder));
            assertThat(second.getStepExecutions()).isEmpty();
            // and A, let go on, completes with the seed figures and gives the period up
            reader.rollback();
            JobExecution firstExecution = first.get(5, TimeUnit.MINUTES);
            assertThat(firstExecution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(holder.jobExecutionId()).isEqualTo(firstExecution.getId());
            Map<String, String> totals = hostB.getBean(TotalsRepository.class).township(PERIOD).stream()
                    .collect(Collectors.toMap(TownshipTotal::indicator, TownshipTotal::plainValue));
            assertThat(totals).containsEntry("returns.received", "43").containsEntry("toilet.households", "4637")
                    .containsEntry("toilet.poor_households", "701").containsEntry("road.access_households", "1219");
            assertThat(hostB.getBean(PeriodLock.class).holder(PERIOD)).isEmpty();
        } finally {
            hosts.shutdownNow();
        }
    }

    private static ConfigurableApplicationContext host(TestDatabase database) {
        return new SpringApplicationBuilder(VillageStatsApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(), "--villagestats.load.threads=2");
    }

    private JobExecution start(ConfigurableApplicationContext host, String runKey) throws Exception {
        return host.getBean(JobOperator.class).start(host.getBean("consolidateReturnsJob", Job.class),
                ConsolidationParameters.of(Inboxes.PERIOD, Path.of("input-samples"), runKey, work.resolve(runKey)));
    }

    private static PeriodLockHolder awaitHolder(PeriodLock lock, Future<?> run) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline) && !run.isDone()) {
            Optional<PeriodLockHolder> holder = lock.holder(PERIOD);
            if (holder.isPresent()) {
                return holder.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("host A never took the period" + (run.isDone() ? " (its run ended)" : ""));
    }
}
