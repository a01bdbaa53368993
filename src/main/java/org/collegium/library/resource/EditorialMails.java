package org.collegium.library.resource;

import java.util.List;
import java.util.Locale;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.mail.Mail;
import org.collegium.shared.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a submitter, in their language, that an editor asked for changes, with the editor's note; only once the
 * decision is committed.
 */
@Component
class EditorialMails {

    private final ApplicationEventPublisher events;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    EditorialMails(ApplicationEventPublisher events, Accounts accounts, Mailer mailer, MessageSource messages,
            @Value("${collegium.base-url}") String baseUrl) {
        this.events = events;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void changesRequested(Resource resource, String note) {
        events.publishEvent(new ChangesRequestedMail(resource.id().value().toString(), resource.submitter(),
                resource.view().title(), note));
    }

    @TransactionalEventListener
    void send(ChangesRequestedMail due) {
        accounts.find(due.submitter()).ifPresent(submitter -> {
            Locale language = accounts.languagesOf(List.of(due.submitter())).getOrDefault(due.submitter(),
                    Locale.ENGLISH);
            String title = due.title().in(language).text();
            String link = baseUrl + "/library/resources/" + due.resource() + "/edit";
            mailer.send(new Mail(submitter.email(),
                    messages.getMessage("editorial.mail.changes.subject", new Object[] {title}, language),
                    messages.getMessage("editorial.mail.changes.text",
                            new Object[] {submitter.displayName(), title, due.note(), link}, language)));
        });
    }

    record ChangesRequestedMail(String resource, AccountId submitter, TranslatedText title, String note) {
    }
}
