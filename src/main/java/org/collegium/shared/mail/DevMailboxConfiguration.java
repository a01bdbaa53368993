package org.collegium.shared.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Outside production, mail goes to an in-process SMTP server that the development mailbox page reads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("collegium.mail.dev-mailbox.enabled")
class DevMailboxConfiguration {

    @Bean(destroyMethod = "close")
    DevMailbox devMailbox(@Value("${collegium.mail.dev-mailbox.port}") int port) {
        return new DevMailbox(port);
    }

    @Bean
    JavaMailSenderImpl mailSender(DevMailbox mailbox) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailbox.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
