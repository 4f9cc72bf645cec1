package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.villagestats.registry.SeedFiles;
import cn.villagestats.samples.SampleReturns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:scheduler;DB_CLOSE_DELAY=-1")
class NightlySchedulerTests {

    @Autowired
    ConsolidationRunner runner;
    @Autowired
    ExecutionHistory history;
    @Autowired
    NightNotices notices;
    @Autowired
    LastNightHealth health;

    @TempDir
    Path work;

    @Test
    void shouldRunTonightsPeriodWhenTheScheduleFires() throws Exception {
        // given tonight's inbox holds two villages' returns for tonight's period
        NightlyPlan plan = new NightlyPlan(work.resolve("inbox"), work.resolve("out"), 10, ZoneId.of("Asia/Shanghai"));
        YearMonth period = plan.period();
        List<Path> samples = SampleReturns.generate(new SeedFiles(Path.of("seeds")).villages(), period, 2020,
                work.resolve("generated"));
        for (Path sample : samples.subList(0, 2)) {
            java.nio.file.Files.createDirectories(plan.inbox(period));
            java.nio.file.Files.copy(sample, plan.inbox(period).resolve(sample.getFileName()));
        }

        // when the schedule fires (every second here, instead of 02:00)
        JobExecution execution;
        try (NightlyScheduler scheduler = new NightlyScheduler(runner, plan, notices, health)) {
            scheduler.start("* * * * * *");
            execution = awaitFinishedRun(60);
        }

        // then tonight's period was consolidated from its inbox
        assertThat(execution).isNotNull();
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getJobParameters().getString("period")).isEqualTo(period.toString());
        assertThat(execution.getJobParameters().getString("inbox")).endsWith(period.toString());
        assertThat(execution.getExecutionContext().getInt("villages.accepted")).isEqualTo(2);
        assertThat(work.resolve("out/township-totals-" + period + ".csv")).exists();
    }

    private JobExecution awaitFinishedRun(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            List<JobExecution> runs = history.recent(1);
            if (!runs.isEmpty() && !runs.get(0).isRunning()) {
                return runs.get(0);
            }
            Thread.sleep(200);
        }
        return null;
    }
}
