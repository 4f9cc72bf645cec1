package cn.villagestats.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every page route against every role, and against a stranger: the operator everything, the
 * county reading, a clerk its own village only (镇里村's clerk asking for 泉里村).
 */
class PageAccessTests extends ConsoleTestSupport {

    @ParameterizedTest(name = "{0} {1}: operator {2}, county {3}, clerk {4}, stranger {5}")
    @CsvSource({
            "GET,  /periods?period=2020-12,                                  200, 200, 403, 302",
            "GET,  /villages/370982104201?period=2020-12,                    200, 200, 200, 302",
            "GET,  /villages/370982104202?period=2020-12,                    200, 200, 403, 302",
            "GET,  /villages/370982104202/template?period=2020-12,           200, 200, 403, 302",
            "GET,  /villages/370982104202/feedback?period=2020-12,           404, 404, 403, 302",
            "GET,  /villages/370982104201/template?period=2020-12,           200, 200, 200, 302",
            "GET,  /runs,                                                    200, 200, 403, 302",
            "GET,  /runs/9999,                                               404, 404, 403, 302",
            "GET,  /runs/9999/progress,                                      404, 404, 403, 302",
            "GET,  /upload,                                                  200, 403, 200, 302",
            "GET,  /upload/feedback/2020-12/370982104202-20201201-000000-000.xlsx, 404, 403, 403, 302",
            "GET,  /exports?period=2020-12,                                  200, 200, 403, 302",
            "GET,  /exports/1999-03/returns-1999-03.csv,                     404, 404, 403, 302",
            "GET,  /audit,                                                   200, 403, 403, 302",
            "POST, /runs/start?period=1999-01,                               302, 403, 403, 302",
            "POST, /runs/9999/rerun,                                         302, 403, 403, 302",
            "POST, /runs/9999/stop,                                          302, 403, 403, 302",
            "POST, /runs/9999/abandon,                                       302, 403, 403, 302",
            "POST, /runs/9999/recover,                                       302, 403, 403, 302",
            "UPLOAD, /upload?period=1999-02,                                 200, 403, 200, 302"})
    void shouldLetEachRoleOpenOnlyWhatItMay(String method, String url, int operator, int county, int clerk,
                                            int stranger) throws Exception {
        assertThat(status(method, url, "op")).as("operator").isEqualTo(operator);
        assertThat(status(method, url, "county")).as("county").isEqualTo(county);
        assertThat(status(method, url, "zhenli")).as("clerk of 镇里村").isEqualTo(clerk);
        assertThat(status(method, url, null)).as("stranger").isEqualTo(stranger);
    }

    private int status(String method, String url, String name) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = switch (method) {
            case "GET" -> get(url);
            case "POST" -> post(url).with(csrf());
            default -> multipart(url).file(new MockMultipartFile("files", "empty.xlsx", null, new byte[0])).with(csrf());
        };
        if (name != null) {
            request.with(user(as(name)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
