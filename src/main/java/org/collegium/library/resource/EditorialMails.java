package org.collegium.library.resource;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
 * Tells a submitter, in their language, what an editor decided about their resource: changes asked for (with the
 * editor's note), a publication or a new version (with the version and the permanent page), a withdrawal (with the
 * editor's reason). Only once the decision is committed, and not when the submitter decided it themselves.
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
        events.publishEvent(new SubmitterMail("changes", resource.submitter(), resource.view().title(),
                List.of(note, page(resource) + "/edit")));
    }

    /**
     * The resource is published showing the given version; a new version of a resource published before is told as
     * such.
     */
    void published(Resource resource, AccountId editor, int version, boolean newVersion) {
        tell(resource, editor, newVersion ? "republished" : "published", String.valueOf(version), page(resource));
    }

    void withdrawn(Resource resource, AccountId editor, String reason) {
        tell(resource, editor, "withdrawn", reason, page(resource));
    }

    @TransactionalEventListener
    void send(SubmitterMail due) {
        accounts.find(due.submitter()).ifPresent(submitter -> {
            Locale language = accounts.languagesOf(List.of(due.submitter())).getOrDefault(due.submitter(),
                    Locale.ENGLISH);
            String title = due.title().in(language).text();
            Object[] arguments = Stream.concat(Stream.of(submitter.displayName(), title), due.details().stream())
                    .toArray();
            String key = "editorial.mail." + due.decision();
            mailer.send(new Mail(submitter.email(),
                    messages.getMessage(key + ".subject", new Object[] {title}, language),
                    messages.getMessage(key + ".text", arguments, language)));
        });
    }

    /** The submitter who decided it knows already. */
    private void tell(Resource resource, AccountId editor, String decision, String... details) {
        if (!resource.submitter().equals(editor)) {
            events.publishEvent(new SubmitterMail(decision, resource.submitter(), resource.view().title(),
                    List.of(details)));
        }
    }

    private String page(Resource resource) {
        return baseUrl + "/library/resources/" + resource.id().value();
    }

    /**
     * A mail due to a resource's submitter: its subject and text are {@code editorial.mail.<decision>.*}, the text's
     * arguments the submitter's name, the resource's title, then the details.
     */
    record SubmitterMail(String decision, AccountId submitter, TranslatedText title, List<String> details) {
    }
}
