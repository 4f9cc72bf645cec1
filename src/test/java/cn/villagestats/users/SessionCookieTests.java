package cn.villagestats.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The session cookie as a real server sets it after a login: HttpOnly and SameSite=Strict. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:session-cookie;DB_CLOSE_DELAY=-1")
class SessionCookieTests {

    @LocalServerPort
    int port;
    @Autowired
    UserCommands commands;

    @Test
    void shouldSetAnHttpOnlySameSiteSessionCookieOnLogin() throws Exception {
        // given an operator and the login form with its CSRF token
        commands.add("op", "operator", null, "right-password", new PrintStream(new ByteArrayOutputStream()));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        // when the operator signs in
        String body = "username=op&password=right-password&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        // then a new session cookie is set, HttpOnly and SameSite=Strict
        assertThat(login.statusCode()).isEqualTo(302);
        String sessionCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(sessionCookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(sessionCookie.split(";")[0]).isNotEqualTo(cookie);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
