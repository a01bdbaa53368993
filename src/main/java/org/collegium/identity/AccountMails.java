package org.collegium.identity;

import java.util.Locale;

import org.collegium.shared.mail.Mail;
import org.collegium.shared.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes the account mails in the person's language and sends them, only after the decision to send was committed.
 */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    AccountMails(Mailer mailer, MessageSource messages, @Value("${collegium.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void send(MailDue due) {
        Locale language = due.language();
        String text = switch (due) {
            case MailDue.Confirmation confirmation -> text("identity.mail.confirm.text", language, due.name(),
                    link("/register/confirm", confirmation.token()));
            case MailDue.AddressAlreadyRegistered ignored -> text("identity.mail.already-registered.text", language,
                    due.name(), baseUrl + "/password/forgot");
            case MailDue.PasswordReset reset -> text("identity.mail.reset.text", language, due.name(),
                    link("/password/reset", reset.token()));
        };
        String subject = switch (due) {
            case MailDue.Confirmation ignored -> "identity.mail.confirm.subject";
            case MailDue.AddressAlreadyRegistered ignored -> "identity.mail.already-registered.subject";
            case MailDue.PasswordReset ignored -> "identity.mail.reset.subject";
        };
        mailer.send(new Mail(due.to(), messages.getMessage(subject, null, language), text));
    }

    private String text(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language);
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(baseUrl + path).queryParam("token", token).build().toUriString();
    }
}
