package org.collegium.exchange.expression;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.collegium.exchange.CallDeadline;
import org.collegium.exchange.CallDeadlineMoved;
import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.mail.Mail;
import org.collegium.shared.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mail about expressions of interest, after the commit and in each reader's language: a confirmation to whoever
 * submitted, a note to whoever withdrew, and, when the secretariat moves a call's deadline, the new one (in the call's
 * zone and in UTC, with the previous one) to everyone with a draft in that call: its author and the municipality's
 * focal points.
 */
@Component
class ExpressionMails {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final Mailer mailer;
    private final MessageSource messages;
    private final Accounts accounts;
    private final Roles roles;
    private final Directory directory;
    private final ExpertiseRequests requests;
    private final Calls calls;
    private final ExpressionRepository expressions;
    private final String baseUrl;

    ExpressionMails(Mailer mailer, MessageSource messages, Accounts accounts, Roles roles, Directory directory,
            ExpertiseRequests requests, Calls calls, ExpressionRepository expressions,
            @Value("${collegium.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.roles = roles;
        this.directory = directory;
        this.requests = requests;
        this.calls = calls;
        this.expressions = expressions;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(ExpressionOfInterestSubmitted submitted) {
        CallView call = calls.get(submitted.call());
        String title = requests.get(submitted.request()).title();
        String municipality = name(submitted.municipality());
        send(submitted.submittedBy(), language -> new String[] {
                text("expression.mail.submitted.subject", language, title),
                text("expression.mail.submitted.body", language, municipality, title,
                        when(submitted.submittedAt(), UTC, language),
                        deadline(call.deadline(), language), link(submitted.request())) });
    }

    @TransactionalEventListener
    void on(ExpressionOfInterestWithdrawn withdrawn) {
        CallView call = calls.get(withdrawn.call());
        String title = requests.get(withdrawn.request()).title();
        String municipality = name(withdrawn.municipality());
        send(withdrawn.withdrawnBy(), language -> new String[] {
                text("expression.mail.withdrawn.subject", language, title),
                text("expression.mail.withdrawn.body", language, municipality, title,
                        deadline(call.deadline(), language), link(withdrawn.request())) });
    }

    @TransactionalEventListener
    void on(CallDeadlineMoved moved) {
        CallView call = calls.get(moved.call());
        Map<AccountId, List<ExpertiseRequestId>> drafts = new LinkedHashMap<>();
        for (ExpressionOfInterest draft : expressions.findByCallAndStatus(moved.call().value(), ExpressionStatus.DRAFT)) {
            Set<AccountId> readers = new LinkedHashSet<>();
            readers.add(draft.createdBy());
            readers.addAll(roles.holders(Role.FOCAL_POINT, draft.municipality().value()));
            readers.forEach(reader -> drafts.computeIfAbsent(reader, any -> new ArrayList<>()).add(draft.request()));
        }
        for (Map.Entry<AccountId, List<ExpertiseRequestId>> reader : drafts.entrySet()) {
            List<String> lines = reader.getValue().stream()
                    .map(request -> "- " + requests.get(request).title() + "\n  " + link(request)).toList();
            send(reader.getKey(), language -> new String[] {
                    text("expression.mail.deadline.subject", language, call.title()),
                    text("expression.mail.deadline.body", language, call.title(), deadline(moved.change().next(), language),
                            deadline(moved.change().previous(), language), String.join("\n", lines)) });
        }
    }

    private void send(AccountId reader, java.util.function.Function<Locale, String[]> write) {
        AccountSummary account = accounts.find(reader).orElse(null);
        if (account == null) {
            return;
        }
        Locale language = accounts.languagesOf(List.of(reader)).getOrDefault(reader, Locale.ENGLISH);
        String[] mail = write.apply(language);
        mailer.send(new Mail(account.email(), mail[0], mail[1]));
    }

    private String name(OrganisationId municipality) {
        return directory.find(municipality).map(OrganisationSummary::name).orElse("");
    }

    private String link(ExpertiseRequestId request) {
        return baseUrl + "/exchange/requests/" + request.value() + "/expression";
    }

    /** The deadline in the call's zone, and in UTC for readers elsewhere. */
    private static String deadline(CallDeadline deadline, Locale language) {
        Instant instant = deadline.instant();
        return when(instant, deadline.zone(), language) + " = " + when(instant, UTC, language);
    }

    private static String when(Instant instant, ZoneId zone, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM).withLocale(language)
                .format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private String text(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language);
    }
}
