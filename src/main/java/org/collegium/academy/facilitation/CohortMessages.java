package org.collegium.academy.facilitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.collegium.academy.CohortMember;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.shared.mail.Mail;
import org.collegium.shared.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A facilitator's message to learners of a cohort: recorded (who sent what to whom, when) and logged in one
 * transaction, then mailed to each learner with a greeting and a footer in the learner's language.
 */
@Service
public class CohortMessages {

    static final int SUBJECT_MAX = 200;
    static final int TEXT_MAX = 5000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FacilitationLog log;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    CohortMessages(JdbcTemplate jdbc, TransactionTemplate transactions, FacilitationLog log, Accounts accounts,
            Mailer mailer, MessageSource messages, Clock clock, @Value("${collegium.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.log = log;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends to the given learners of the page's cohort (already filtered and checked by {@link CohortBoard}). */
    public int send(AccountId sender, CohortPage page, List<CohortRow> recipients, String subject, String text) {
        if (recipients.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        UUID message = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO facilitation_message (id, academy_id, run_id, sender_id, subject, body, sent_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", message, page.academy().id().value(),
                    page.cohort().run().value(), sender.value(), subject, text, Timestamp.from(now));
            jdbc.batchUpdate("INSERT INTO facilitation_message_recipient (message_id, account_id) VALUES (?, ?)",
                    recipients.stream().map(row -> new Object[] {message, row.member().learner().value()}).toList());
            log.record(page.academy().id(), sender, LogAction.MESSAGE_SENT, page.course().id(), page.cohort().run(),
                    subject, recipients.size(), 0, now);
        });
        List<AccountId> ids = recipients.stream().map(CohortRow::member).map(CohortMember::learner).toList();
        Map<AccountId, Locale> languages = accounts.languagesOf(ids);
        String senderName = accounts.find(sender).map(AccountSummary::displayName).orElse("");
        String link = baseUrl + page.course().path();
        for (CohortRow row : recipients) {
            Locale language = languages.getOrDefault(row.member().learner(), Locale.ENGLISH);
            String body = messages.getMessage("facilitation.mail.greeting", new Object[] {row.name()}, language)
                    + "\n\n" + text + "\n\n" + messages.getMessage("facilitation.mail.message.footer",
                            new Object[] {senderName, page.course().titleIn(language).text(), link}, language);
            mailer.send(new Mail(row.email(), subject, body));
        }
        return recipients.size();
    }

    /** How many messages were sent to learners of the run, for tests and the page. */
    public int countFor(org.collegium.academy.CourseRunId run) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM facilitation_message WHERE run_id = ?",
                Integer.class, run.value());
        return count == null ? 0 : count;
    }
}
