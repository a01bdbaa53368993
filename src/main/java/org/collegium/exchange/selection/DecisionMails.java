package org.collegium.exchange.selection;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.mail.Mail;
import org.collegium.shared.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a municipality's focal points the decision on its expression of interest, each in their own language. */
@Component
class DecisionMails {

    private final Roles roles;
    private final Accounts accounts;
    private final Directory directory;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    DecisionMails(Roles roles, Accounts accounts, Directory directory, Mailer mailer, MessageSource messages,
            @Value("${collegium.base-url}") String baseUrl) {
        this.roles = roles;
        this.accounts = accounts;
        this.directory = directory;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the decision; how many people it was sent to. */
    int send(Application application, ExpertiseRequestView request, Outcome outcome, String reason) {
        List<AccountId> recipients = roles.holders(Role.FOCAL_POINT, application.municipality().value());
        Map<AccountId, AccountSummary> people = accounts.findAll(recipients);
        Map<AccountId, Locale> languages = accounts.languagesOf(recipients);
        String municipality = directory.find(application.municipality()).map(OrganisationSummary::name).orElse("");
        String link = baseUrl + "/exchange/requests/" + request.id().value() + "/expression";
        int sent = 0;
        for (AccountId recipient : recipients) {
            AccountSummary person = people.get(recipient);
            if (person == null) {
                continue;
            }
            Locale language = languages.getOrDefault(recipient, Locale.ENGLISH);
            String decision = messages.getMessage("selection.outcome." + outcome, null, language);
            String subject = messages.getMessage("selection.mail.subject", new Object[] {request.title()}, language);
            String body = messages.getMessage("selection.mail.body", new Object[] {person.displayName(), municipality,
                    request.title(), decision, reason, link}, language);
            if (mailer.send(new Mail(person.email(), subject, body))) {
                sent++;
            }
        }
        return sent;
    }
}
