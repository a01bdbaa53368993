package org.collegium.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mail over SMTP: to the real relay in production, to the in-process development mailbox otherwise.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final String from;

    Mailer(JavaMailSender sender, @Value("${collegium.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends the mail; a failure is logged and reported, never thrown into the caller's work. */
    public boolean send(Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Mail to {} with subject '{}' could not be sent: {}", mail.to(), mail.subject(), e.getMessage());
            return false;
        }
    }
}
