package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import cn.villagestats.notification.LocalWebhook;
import cn.villagestats.registry.SeedFiles;
import cn.villagestats.samples.SampleReturns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code serve}'s health endpoint and messages: a scheduled night that fails is posted to the
 * webhook and turns the health DOWN, until its rerun completes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:serve-health;DB_CLOSE_DELAY=-1")
class ServeHealthTests {

    private static final LocalWebhook WEBHOOK = LocalWebhook.quietly("{\"errcode\":0,\"errmsg\":\"ok\"}");

    @LocalServerPort
    int port;
    @Autowired
    ConsolidationRunner runner;
    @Autowired
    ExecutionControl control;
    @Autowired
    ExecutionHistory history;
    @Autowired
    NightNotices notices;
    @Autowired
    LastNightHealth health;

    @TempDir
    Path work;

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add("villagestats.notify.webhook-url", WEBHOOK::url);
    }

    @AfterAll
    static void stopWebhook() {
        WEBHOOK.close();
    }

    @Test
    void shouldBeDownAfterAFailedScheduledNightAndUpAfterItsRerun() throws Exception {
        // given tonight's inbox with two returns, and an export folder that cannot be made (a file is in its place)
        NightlyPlan plan = new NightlyPlan(work.resolve("inbox"), work.resolve("out"), 10, ZoneId.of("Asia/Shanghai"));
        YearMonth period = plan.period();
        List<Path> samples = SampleReturns.generate(new SeedFiles(Path.of("seeds")).villages(), period, 2020,
                work.resolve("generated"));
        Files.createDirectories(plan.inbox(period));
        for (Path sample : samples.subList(0, 2)) {
            Files.copy(sample, plan.inbox(period).resolve(sample.getFileName()));
        }
        Files.writeString(work.resolve("out"), "in the way");
        String before = get("/actuator/health").body();

        // when the schedule fires
        try (NightlyScheduler scheduler = new NightlyScheduler(runner, plan, notices, health)) {
            scheduler.runTonight();
        }
        JobExecution failed = history.recent(1).get(0);
        HttpResponse<String> down = get("/actuator/health");

        // and the operator clears the way and reruns it
        Files.delete(work.resolve("out"));
        RunReport rerun = control.rerun(failed.getId());
        HttpResponse<String> up = get("/actuator/health");

        // then the health was DOWN from the failed night to its rerun, and the failure was posted, in Chinese
        assertThat(before).endsWith(",\"status\":\"UP\"}");
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).endsWith(",\"status\":\"DOWN\"}").contains("\"nightly\":{\"status\":\"DOWN\"}");
        assertThat(rerun.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).endsWith(",\"status\":\"UP\"}").contains("\"nightly\":{\"status\":\"UP\"}");
        assertThat(WEBHOOK.bodies()).hasSize(1);
        assertThat(WEBHOOK.bodies().get(0)).startsWith("{\"msgtype\":\"text\",\"text\":{\"content\":\"villagestats："
                + period + " 的夜间汇总失败（作业 #" + failed.getId() + "：")
                .contains("rerun");
    }

    @Test
    void shouldOpenTheHealthEndpointWithoutALoginAndNoOtherOfActuator() throws Exception {
        // when a monitor without an account asks for the health and for other Actuator endpoints
        HttpResponse<String> health = get("/actuator/health");
        HttpResponse<String> env = get("/actuator/env");
        HttpResponse<String> beans = get("/actuator/beans");

        // then the health answers, and the others are sent to the console's login, showing nothing
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"nightly\":{\"status\":");
        assertThat(env.statusCode()).isEqualTo(302);
        assertThat(env.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(beans.statusCode()).isEqualTo(302);
        assertThat(env.body() + beans.body()).doesNotContain("propertySources").doesNotContain("contexts");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
