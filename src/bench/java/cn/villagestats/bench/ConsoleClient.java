package cn.villagestats.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's two timed requests as a browser and a county's system send them: the 报送情况
 * page after a form login (its session cookie kept, the form's CSRF token sent back), and an
 * upload through the API with a bearer token. Each call answers its time in milliseconds and
 * fails when the answer is not the one asked for.
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("vs_[A-Za-z0-9_-]{20,}");
    private static final String BOUNDARY = "villagestats-bench-boundary";

    private static final Pattern FIELD = Pattern.compile("\"(status|rows_read|rows_accepted|rows_rejected)\":\"?([^\",}]*)");

    private final String base;
    private final HttpClient http;
    private static final Pattern REPORTED = Pattern.compile("已报 \\d+/\\d+");

    private String lastUpload = "";
    private String lastPage = "";

    ConsoleClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in with the form; the session cookie stays in this client. */
    void login(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = "username=" + encode(name) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf(form.body()));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("login as " + name + " refused: " + login.statusCode() + " " + location);
        }
    }

    /** GET of the period's 报送情况 page: its time in ms. */
    double periodPage(String period) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/periods?period=" + period)).build();
        long start = System.nanoTime();
        HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (page.statusCode() != 200 || !page.body().contains("已报")) {
            throw new IllegalStateException("报送情况 of " + period + " answered " + page.statusCode());
        }
        lastPage = page.body();
        return millis;
    }

    /** POST of one return to the API: its time in ms. */
    double upload(String period, String token, Path file) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/periods/" + period + "/returns"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(file))).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (answer.statusCode() != 200 || !answer.body().contains("\"rows_read\"")) {
            throw new IllegalStateException("upload of " + file + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        lastUpload = answer.body();
        return millis;
    }

    /** The last upload's outcome, as {@link #outcome(String)} reads it. */
    String lastUpload() {
        return outcome(lastUpload);
    }

    /** What the last 报送情况 page said of the villages, as in {@code 已报 1000/1000}. */
    String lastPage() {
        return reported(lastPage);
    }

    static String reported(String html) {
        Matcher matcher = REPORTED.matcher(html);
        return matcher.find() ? matcher.group() : "no 已报 count";
    }

    /** An upload's answer in short: its status and its rows, as in {@code accepted, rows_read 200, ...}. */
    static String outcome(String json) {
        Matcher matcher = FIELD.matcher(json);
        StringBuilder outcome = new StringBuilder();
        while (matcher.find()) {
            outcome.append(outcome.isEmpty() ? "" : ", ")
                    .append(matcher.group(1).equals("status") ? "" : matcher.group(1) + " ").append(matcher.group(2));
        }
        return outcome.toString();
    }

    /** The CSRF token of a page's form. */
    static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the login form");
        }
        return matcher.group(1);
    }

    /** The API token {@code user token} printed, among whatever else it wrote. */
    static String token(String output) {
        Matcher matcher = TOKEN.matcher(output);
        String token = null;
        while (matcher.find()) {
            token = matcher.group();
        }
        if (token == null) {
            throw new IllegalStateException("no API token in the output of user token");
        }
        return token;
    }

    private static byte[] multipart(Path file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
