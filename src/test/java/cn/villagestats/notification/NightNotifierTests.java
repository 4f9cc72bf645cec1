package cn.villagestats.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** A message reaches a local SMTP server and a local webhook; one that cannot be delivered leaves a WARN line. */
@ExtendWith(OutputCaptureExtension.class)
class NightNotifierTests {

    private static final String TEXT = "villagestats：2020-12 的夜间汇总失败（作业 #7）。";

    @Test
    void shouldMailAndPostTheMessage() throws Exception {
        try (LocalSmtpServer smtp = new LocalSmtpServer(); LocalWebhook webhook = new LocalWebhook("{\"errcode\":0}")) {
            // given
            NightNotifier notifier = NightNotifier.from(settings(Map.of("spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(smtp.port()), "villagestats.notify.mail-to", "tongji@example.cn, zhen@example.cn",
                    "villagestats.notify.webhook-url", webhook.url())));

            // when
            notifier.send("villagestats 2020-12：夜间汇总失败", TEXT);

            // then
            assertThat(smtp.received()).hasSize(1);
            assertThat(smtp.received().get(0).getSubject()).isEqualTo("villagestats 2020-12：夜间汇总失败");
            assertThat(smtp.received().get(0).getAllRecipients()).extracting(Object::toString)
                    .containsExactly("tongji@example.cn", "zhen@example.cn");
            assertThat(((String) smtp.received().get(0).getContent()).strip()).isEqualTo(TEXT);
            assertThat(webhook.bodies()).containsExactly("{\"msgtype\":\"text\",\"text\":{\"content\":\"" + TEXT + "\"}}");
            assertThat(webhook.contentTypes()).containsExactly("application/json");
        }
    }

    @Test
    void shouldWarnAndGoOnWhenNeitherCanBeReached(CapturedOutput output) throws Exception {
        // given a mail server and a webhook that nothing listens on
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        NightNotifier notifier = NightNotifier.from(settings(Map.of("spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(closed), "villagestats.notify.mail-to", "tongji@example.cn",
                "villagestats.notify.webhook-url", "http://127.0.0.1:" + closed + "/robot?key=secret")));

        // when
        notifier.send("subject", TEXT);

        // then nothing was thrown, and each failure is one WARN line that keeps the robot's key out of the log
        assertThat(output.getOut()).containsPattern("WARN .*notification mail to \\[tongji@example.cn] not delivered")
                .containsPattern("WARN .*notification not delivered to the webhook 127.0.0.1")
                .doesNotContain("secret");
    }

    @Test
    void shouldWarnWhenTheRobotRefusesTheMessage(CapturedOutput output) throws Exception {
        try (LocalWebhook webhook = new LocalWebhook("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}")) {
            // given
            NightNotifier notifier = NightNotifier.from(settings(Map.of("villagestats.notify.webhook-url", webhook.url())));

            // when
            notifier.send("subject", TEXT);

            // then
            assertThat(webhook.bodies()).hasSize(1);
            assertThat(output.getOut()).containsPattern("WARN .*notification refused by the webhook 127.0.0.1: .*93000");
        }
    }

    @Test
    void shouldWarnOfAMalformedWebhookUrlOnlyWhenSending(CapturedOutput output) {
        // given
        NightNotifier notifier = NightNotifier.from(settings(Map.of("villagestats.notify.webhook-url", "http://robot host/send")));

        // when
        notifier.send("subject", TEXT);

        // then
        assertThat(output.getOut()).containsPattern(
                "WARN .*notification not delivered to the webhook \\(malformed villagestats.notify.webhook-url\\)");
    }

    private static MockEnvironment settings(Map<String, String> properties) {
        MockEnvironment environment = new MockEnvironment();
        properties.forEach(environment::setProperty);
        return environment;
    }
}
