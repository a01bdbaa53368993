package org.collegium.academy.discussion;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademySummary;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.shared.mail.Mail;
import org.collegium.shared.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes discussion mails in each reader's interface language and sends them.
 */
@Component
class DiscussionMails {

    private static final int EXCERPT = 600;

    private final Mailer mailer;
    private final MessageSource messages;
    private final Accounts accounts;
    private final Academies academies;
    private final String baseUrl;

    DiscussionMails(Mailer mailer, MessageSource messages, Accounts accounts, Academies academies,
            @Value("${collegium.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.accounts = accounts;
        this.academies = academies;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The readers with their address, name and language, in two queries. */
    Map<AccountId, Reader> readers(Collection<AccountId> ids) {
        Map<AccountId, AccountSummary> found = accounts.findAll(ids);
        Map<AccountId, Locale> languages = accounts.languagesOf(found.keySet());
        return found.values().stream().filter(AccountSummary::confirmed).collect(Collectors.toMap(AccountSummary::id,
                account -> new Reader(account, languages.getOrDefault(account.id(), Locale.ENGLISH))));
    }

    Map<AcademyId, AcademySummary> academies() {
        return academies.findAll().stream().collect(Collectors.toMap(AcademySummary::id, Function.identity()));
    }

    String link(AcademySummary academy, Forum forum, ForumThread thread) {
        return baseUrl + "/academies/" + academy.slug() + "/courses/" + forum.course().value() + "/discussions/"
                + thread.id().value();
    }

    /** One post, to one reader who follows each post (or hears of announcements). */
    boolean sendPost(Reader reader, AcademySummary academy, Forum forum, ForumThread thread, ForumPost post,
            String authorName) {
        Locale language = reader.language();
        String kind = thread.kind().name().toLowerCase(Locale.ROOT);
        String subject = text("discussion.mail.post.subject." + kind, language, thread.title(), academy.name());
        String body = text("discussion.mail.post.greeting", language, reader.account().displayName()) + "\n\n"
                + text("discussion.mail.post.intro." + kind, language, authorName, thread.title(), academy.name())
                + "\n\n" + excerpt(post.body()) + "\n\n"
                + text("discussion.mail.post.link", language, link(academy, forum, thread)) + "\n\n"
                + text("discussion.mail.footer", language);
        return mailer.send(new Mail(reader.account().email(), subject, body));
    }

    /** The day's posts of the reader's courses, thread by thread. */
    boolean sendDigest(Reader reader, String day, List<DigestThread> threads) {
        Locale language = reader.language();
        StringBuilder body = new StringBuilder()
                .append(text("discussion.mail.post.greeting", language, reader.account().displayName())).append("\n\n")
                .append(text("discussion.mail.digest.intro", language, day)).append("\n");
        for (DigestThread thread : threads) {
            body.append("\n== ").append(thread.title()).append(" (").append(thread.academyName()).append(") ==\n");
            for (DigestThread.Entry entry : thread.entries()) {
                body.append("\n").append(text("discussion.mail.digest.wrote", language, entry.authorName()))
                        .append("\n").append(excerpt(entry.body())).append("\n");
            }
            body.append("\n").append(text("discussion.mail.post.link", language, thread.link())).append("\n");
        }
        body.append("\n").append(text("discussion.mail.footer", language));
        return mailer.send(new Mail(reader.account().email(),
                text("discussion.mail.digest.subject", language, day), body.toString()));
    }

    private static String excerpt(String safeHtml) {
        String plain = RichText.plain(safeHtml);
        return plain.length() > EXCERPT ? plain.substring(0, EXCERPT - 1).strip() + "…" : plain;
    }

    private String text(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, language);
    }

    record Reader(AccountSummary account, Locale language) {
    }

    record DigestThread(String title, String academyName, String link, List<Entry> entries) {

        record Entry(String authorName, String body) {
        }
    }
}
