package cn.villagestats.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import cn.villagestats.console.ConsoleReturns;
import cn.villagestats.console.ConsoleTestSupport;
import cn.villagestats.consolidation.PeriodLock;
import cn.villagestats.users.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The JSON API with bearer tokens: each role against each route, and what each answers. A
 * database of its own: its run of 2020-12 must not be the console pages' second one.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:console-api;DB_CLOSE_DELAY=-1")
class ApiTests extends ConsoleTestSupport {

    private static final Map<String, String> TOKENS = new HashMap<>();

    @Autowired
    UserStore users;
    @Autowired
    PeriodLock periodLock;

    @Test
    void shouldAnswer401WithoutAValidTokenOnEveryRoute() throws Exception {
        for (AbstractMockHttpServletRequestBuilder<?> request : new AbstractMockHttpServletRequestBuilder<?>[] {
                multipart("/api/v1/periods/2022-01/returns"), get("/api/v1/periods/2022-01/villages"),
                get("/api/v1/periods/2022-01/totals"), post("/api/v1/periods/2022-01/runs"), get("/api/v1/runs/1"),
                post("/api/v1/runs/1/rerun"), post("/api/v1/runs/1/stop"), post("/api/v1/runs/1/abandon")}) {
            mvc.perform(request).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
            mvc.perform(request.header("Authorization", "Bearer vs_forged")).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void shouldForbidEachRoleTheRoutesItsRoleDoesNotAllow() throws Exception {
        // a village: no totals, no runs
        mvc.perform(bearer(get("/api/v1/periods/2022-01/totals"), "zhenli")).andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/periods/2022-01/runs"), "zhenli")).andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/v1/runs/1"), "zhenli")).andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/runs/1/rerun"), "zhenli")).andExpect(status().isForbidden());
        // the county: reads, changes nothing
        mvc.perform(bearer(get("/api/v1/periods/2022-01/totals"), "county")).andExpect(status().isOk());
        mvc.perform(bearer(post("/api/v1/periods/2022-01/runs"), "county")).andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/runs/1/stop"), "county")).andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/runs/1/abandon"), "county")).andExpect(status().isForbidden());
        mvc.perform(bearer(multipart("/api/v1/periods/2022-01/returns")
                .file(new MockMultipartFile("file", "a.xlsx", null, new byte[10])), "county")).andExpect(status().isForbidden());
        // a page session is no API token
        mvc.perform(get("/api/v1/periods/2022-01/villages").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(as("op"))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 401));
    }

    @Test
    void shouldCheckAndKeepAVillagesOwnReturnAndRefuseAnothersWith403() throws Exception {
        // when the clerk of 镇里村 posts its return with a bad row
        mvc.perform(bearer(multipart("/api/v1/periods/2022-02/returns").file(new MockMultipartFile("file", "r.xlsx",
                        null, ConsoleReturns.withBadCells(ZHENLI, "镇里村", "2022-02"))), "zhenli"))
                // then the answer tells the outcome and the problems, masked
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.file").value("r.xlsx"))
                .andExpect(jsonPath("$.stored_as").value(org.hamcrest.Matchers.matchesPattern(ZHENLI + "-\\d{8}-\\d{6}-\\d{3}\\.xlsx")))
                .andExpect(jsonPath("$.village_code").value(ZHENLI))
                .andExpect(jsonPath("$.village_name").value("镇里村"))
                .andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.rows_read").value(2))
                .andExpect(jsonPath("$.rows_accepted").value(1))
                .andExpect(jsonPath("$.rows_rejected").value(1))
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[0].sheet").value("卫生改厕"))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("身份证号"))
                .andExpect(jsonPath("$.problems[0].value").value(ConsoleReturns.masked(ConsoleReturns.BAD_ID)))
                .andExpect(jsonPath("$.problems[1].value").value("水冲"));

        // when the clerk of 泉里村 posts 镇里村's return
        mvc.perform(bearer(multipart("/api/v1/periods/2022-03/returns").file(new MockMultipartFile("file", "r.xlsx",
                        null, ConsoleReturns.corrected(ZHENLI, "镇里村", "2022-03"))), "quanli"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        Path march = ROOT.resolve("inbox").resolve("2022-03");
        assertThat(!Files.isDirectory(march) || Files.list(march).findAny().isEmpty()).isTrue();
    }

    @Test
    void shouldStartARunAndShowItAndRefuseASecondWhileThePeriodIsHeld() throws Exception {
        // given the sample returns in 2020-12's inbox
        samplesInbox();

        // when the operator starts the period by the API
        String started = mvc.perform(bearer(post("/api/v1/periods/2020-12/runs"), "op"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(started.replaceAll("\\D", ""));
        finished(id);

        // then the county reads the run, the villages and the totals
        mvc.perform(bearer(get("/api/v1/runs/" + id), "county")).andExpect(status().isOk())
                .andExpect(jsonPath("$.execution_id").value(id))
                .andExpect(jsonPath("$.period").value("2020-12"))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.failure").doesNotExist())
                .andExpect(jsonPath("$.steps[0].name").value("discoverReturnsStep"))
                .andExpect(jsonPath("$.steps[0].read").value(43));
        mvc.perform(bearer(get("/api/v1/periods/2020-12/villages"), "county"))
                .andExpect(jsonPath("$.length()").value(43))
                .andExpect(jsonPath("$[1].village_code").value(QUANLI))
                .andExpect(jsonPath("$[1].status").value("accepted"));
        mvc.perform(bearer(get("/api/v1/periods/2020-12/villages"), "quanli"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].village_code").value(QUANLI))
                .andExpect(jsonPath("$[0].status_zh").value("已报·通过"));
        mvc.perform(bearer(get("/api/v1/periods/2020-12/totals"), "county"))
                .andExpect(jsonPath("$[2].indicator").value("toilet.households"))
                .andExpect(jsonPath("$[2].name").value("卫生改厕户数"))
                .andExpect(jsonPath("$[2].unit").value("户"))
                .andExpect(jsonPath("$[2].value").value(4637))
                .andExpect(jsonPath("$[2].villages").value(43));

        // and a completed run cannot be rerun, an unknown one is not found
        mvc.perform(bearer(post("/api/v1/runs/" + id + "/rerun"), "op")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("cannot be rerun")));
        mvc.perform(bearer(get("/api/v1/runs/99999"), "op")).andExpect(status().isNotFound());

        // when a running run holds the period (the finished one, shown as running again)
        jdbc.update("UPDATE batch_job_execution SET status = 'STARTED', end_time = NULL WHERE job_execution_id = ?", id);
        periodLock.acquire("2020-12", id);
        try {
            // then a second start is refused with 409
            mvc.perform(bearer(post("/api/v1/periods/2020-12/runs"), "op")).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.status").value(409));
        } finally {
            periodLock.release("2020-12", id);
            jdbc.update("UPDATE batch_job_execution SET status = 'COMPLETED', end_time = start_time WHERE job_execution_id = ?", id);
        }
    }

    @Test
    void shouldServeAnOpenApiDescriptionWithoutAToken() throws Exception {
        mvc.perform(get("/api/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value("3.0.3"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B bearer(B request, String name) {
        users();
        String token = TOKENS.computeIfAbsent(name, n -> users.newToken(users.find(n).orElseThrow()));
        return request.header("Authorization", "Bearer " + token);
    }
}
