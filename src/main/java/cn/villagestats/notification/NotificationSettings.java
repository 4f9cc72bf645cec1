package cn.villagestats.notification;

import java.util.Arrays;
import java.util.List;

import org.springframework.core.env.Environment;

/**
 * Where a failed night's message goes: mail addresses ({@code villagestats.notify.mail-to},
 * comma-separated) and a webhook URL ({@code villagestats.notify.webhook-url}); either may be empty.
 */
record NotificationSettings(List<String> mailTo, String mailFrom, String webhook) {

    static NotificationSettings from(Environment environment) {
        List<String> to = Arrays.stream(environment.getProperty("villagestats.notify.mail-to", "").split("[,;]"))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        String from = environment.getProperty("villagestats.notify.mail-from",
                environment.getProperty("spring.mail.username", "villagestats@localhost"));
        String webhook = environment.getProperty("villagestats.notify.webhook-url", "").strip();
        // kept as text: a malformed URL is a WARN when a message is sent, never a process that cannot start
        return new NotificationSettings(to, from, webhook.isEmpty() ? null : webhook);
    }

    boolean anywhere() {
        return !mailTo.isEmpty() || webhook != null;
    }
}
