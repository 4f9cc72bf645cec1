package cn.villagestats.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Form login, its CSRF protection, the lock after wrong passwords, the security headers and bearer tokens. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:console-security;DB_CLOSE_DELAY=-1",
        "villagestats.console.max-failed-logins=3"})
@AutoConfigureMockMvc
class ConsoleSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserCommands commands;
    @Autowired
    UserStore users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void oneOperator() {
        jdbc.update("DELETE FROM api_token");
        jdbc.update("DELETE FROM console_user");
        commands.add("op", "operator", null, "right-password", new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void shouldSendAStrangerToTheLoginPage() throws Exception {
        mvc.perform(get("/runs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void shouldSignInWithTheRightPasswordAndACsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "op").param("password", "right-password").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldRefuseALoginFormWithoutCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "op").param("password", "right-password"))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldLockTheAccountAfterThreeWrongPasswordsEvenAgainstTheRightOne() throws Exception {
        // given three wrong passwords in a row
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").param("username", "op").param("password", "wrong").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }

        // when the right one follows
        mvc.perform(post("/login").param("username", "op").param("password", "right-password").with(csrf()))
                // then the account is locked
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(users.find("op").orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void shouldClearTheCountOfWrongPasswordsOnAGoodLogin() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/login").param("username", "op").param("password", "wrong").with(csrf()));
        }
        mvc.perform(post("/login").param("username", "op").param("password", "right-password").with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(users.find("op").orElseThrow().failedLogins()).isZero();
    }

    @Test
    void shouldSendSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("default-src 'self'")));
    }

    @Test
    void shouldAnswer401WithoutAValidTokenAndSignInWithOne() throws Exception {
        String token = users.newToken(users.find("op").orElseThrow());
        mvc.perform(get("/api/v1/runs/1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/runs/1").header("Authorization", "Bearer vs_not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/runs/1").header("Authorization", "Bearer " + token))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
    }
}
