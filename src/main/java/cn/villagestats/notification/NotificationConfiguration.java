package cn.villagestats.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/** The notifier of a running application, with the mail sender Spring Boot configures from {@code spring.mail.*}. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NightNotifier nightNotifier(Environment environment, ObjectProvider<JavaMailSender> mail) {
        return new NightNotifier(NotificationSettings.from(environment), mail.getIfAvailable());
    }
}
