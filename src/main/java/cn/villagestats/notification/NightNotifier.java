package cn.villagestats.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one short message about a night to every configured place. Never throws: a night is
 * not failed by its message, and a message that cannot be delivered is logged as a WARN line.
 */
public final class NightNotifier {

    private static final Logger log = LoggerFactory.getLogger(NightNotifier.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationSettings settings;
    private final JavaMailSender mail;
    private final RestClient webhook;

    NightNotifier(NotificationSettings settings, JavaMailSender mail) {
        this.settings = settings;
        this.mail = mail;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.webhook = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * For a process whose application context could not start (the database down): the
     * settings from the environment and the command line, an SMTP sender from {@code spring.mail.*}.
     */
    public static NightNotifier from(Environment environment) {
        String host = environment.getProperty("spring.mail.host");
        JavaMailSenderImpl sender = null;
        if (host != null && !host.isBlank()) {
            sender = new JavaMailSenderImpl();
            sender.setHost(host);
            sender.setPort(environment.getProperty("spring.mail.port", Integer.class, 25));
            sender.setUsername(environment.getProperty("spring.mail.username"));
            sender.setPassword(environment.getProperty("spring.mail.password"));
            sender.setDefaultEncoding("UTF-8");
        }
        return new NightNotifier(NotificationSettings.from(environment), sender);
    }

    /** Sends the message by mail and to the webhook, as configured; says so in the log either way. */
    public void send(String subject, String text) {
        if (!settings.anywhere()) {
            log.debug("没有配置通知（villagestats.notify.*）/ no notification configured: {}", subject);
            return;
        }
        if (!settings.mailTo().isEmpty()) {
            sendMail(subject, text);
        }
        if (settings.webhook() != null) {
            post(text);
        }
    }

    private void sendMail(String subject, String text) {
        if (mail == null) {
            log.warn("通知邮件未发送：未设置 spring.mail.host / notification mail not sent: spring.mail.host is not set");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(settings.mailTo().toArray(String[]::new));
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
            log.info("通知邮件已发送 / notification mailed to {}", settings.mailTo());
        } catch (MailException e) {
            log.warn("通知邮件未能送达 / notification mail to {} not delivered: {}", settings.mailTo(), e.getMessage());
        }
    }

    /** The text message that WeCom's and DingTalk's group robots take; both answer errors with errcode. */
    private void post(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", "text");
        body.put("text", Map.of("content", text));
        try {
            String answer = webhook.post().uri(URI.create(settings.webhook())).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(body)).retrieve().body(String.class);
            int errcode = errcode(answer);
            if (errcode != 0) {
                log.warn("通知未被 webhook 接受 / notification refused by the webhook {}: {}", host(), answer);
            } else {
                log.info("通知已发到 webhook / notification posted to {}", host());
            }
        } catch (RestClientException | IllegalArgumentException e) {
            log.warn("通知未能发到 webhook / notification not delivered to the webhook {}: {}", host(), e.getMessage());
        }
    }

    private static int errcode(String answer) {
        if (answer == null || answer.isBlank()) {
            return 0;
        }
        try {
            JsonNode node = JSON.readTree(answer);
            return node.path("errcode").asInt(0);
        } catch (RuntimeException notJson) {
            return 0;
        }
    }

    /** The webhook's host only: its URL carries the robot's key. */
    private String host() {
        try {
            return String.valueOf(URI.create(settings.webhook()).getHost());
        } catch (IllegalArgumentException e) {
            return "(malformed villagestats.notify.webhook-url)";
        }
    }
}
