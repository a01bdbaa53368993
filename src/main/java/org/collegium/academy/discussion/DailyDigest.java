package org.collegium.academy.discussion;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CourseId;
import org.collegium.academy.NotificationPreference;
import org.collegium.academy.ThreadKind;
import org.collegium.identity.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest: the day's posts (UTC) of each course, mailed once to each person who follows it by digest.
 * Before a digest is sent, a row for that person and day is inserted on its own; the primary key lets only one
 * node, or one run, insert it, so no one gets the same day twice. Announcements are not repeated here: they were
 * mailed when posted.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final ForumPostRepository posts;
    private final Participation participation;
    private final NotificationPreferences preferences;
    private final DiscussionMails mails;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DailyDigest(ForumPostRepository posts, Participation participation, NotificationPreferences preferences,
            DiscussionMails mails, JdbcTemplate jdbc, Clock clock) {
        this.posts = posts;
        this.participation = participation;
        this.preferences = preferences;
        this.mails = mails;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Shortly after midnight UTC, yesterday's digest. */
    @Scheduled(cron = "${collegium.discussion.digest-cron:0 20 0 * * *}", zone = "UTC")
    void sendYesterdays() {
        int sent = send(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1));
        log.info("Discussion digests sent: {}", sent);
    }

    int send(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<DayPost> dayPosts = posts.findPostedBetween(from, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .stream()
                .filter(found -> !(found.post().opening() && found.thread().kind() == ThreadKind.ANNOUNCEMENT))
                .toList();
        if (dayPosts.isEmpty()) {
            return 0;
        }
        Map<AcademyId, AcademySummary> academies = mails.academies();
        Map<AccountId, DiscussionMails.Reader> authors = mails.readers(
                dayPosts.stream().map(found -> found.post().author()).collect(Collectors.toSet()));
        Map<AccountId, List<DiscussionMails.DigestThread>> digests = new LinkedHashMap<>();
                Map<CourseId, List<DayPost>> byCourse = dayPosts.stream()
                .collect(Collectors.groupingBy(found -> found.forum().course(), LinkedHashMap::new, Collectors.toList()));
        byCourse.forEach((course, coursePosts) -> {
            AcademyId academyId = coursePosts.getFirst().forum().academy();
            Set<AccountId> audience = participation.audience(academyId, course);
            Map<AccountId, NotificationPreference> choices = preferences.of(audience, course);
            Map<java.util.UUID, List<DayPost>> byThread = coursePosts.stream().collect(Collectors.groupingBy(
                    found -> found.thread().id().value(), LinkedHashMap::new, Collectors.toList()));
            choices.forEach((reader, choice) -> {
                if (choice != NotificationPreference.DAILY_DIGEST) {
                    return;
                }
                byThread.forEach((threadId, threadPosts) -> {
                    ForumThread thread = threadPosts.getFirst().thread();
                    List<DiscussionMails.DigestThread.Entry> entries = threadPosts.stream()
                            .filter(found -> !found.post().author().equals(reader))
                            .map(found -> new DiscussionMails.DigestThread.Entry(
                                    nameOf(authors.get(found.post().author())), found.post().body()))
                            .toList();
                    if (!entries.isEmpty()) {
                        AcademySummary academy = academies.get(academyId);
                        digests.computeIfAbsent(reader, key -> new ArrayList<>()).add(new DiscussionMails.DigestThread(
                                thread.title(), academy.name(), mails.link(academy, threadPosts.getFirst().forum(), thread),
                                entries));
                    }
                });
            });
        });
        Map<AccountId, DiscussionMails.Reader> readers = mails.readers(digests.keySet());
        int sent = 0;
        for (Map.Entry<AccountId, List<DiscussionMails.DigestThread>> digest : digests.entrySet()) {
            DiscussionMails.Reader reader = readers.get(digest.getKey());
            if (reader != null && claim(digest.getKey(), day)) {
                if (mails.sendDigest(reader, day.toString(), digest.getValue())) {
                    sent++;
                } else {
                    release(digest.getKey(), day);
                }
            }
        }
        return sent;
    }

    /** Records the digest as sent; false when this or another node already did. Commits at once. */
    private boolean claim(AccountId account, LocalDate day) {
        try {
            jdbc.update("INSERT INTO discussion_digest (account_id, digest_day, sent_at) VALUES (?, ?, ?)",
                    account.value(), Date.valueOf(day), Timestamp.from(clock.instant()));
            return true;
        } catch (DataIntegrityViolationException alreadySent) {
            return false;
        }
    }

    /** A digest that could not be sent may be tried again by a later run. */
    private void release(AccountId account, LocalDate day) {
        jdbc.update("DELETE FROM discussion_digest WHERE account_id = ? AND digest_day = ?", account.value(),
                Date.valueOf(day));
    }

    private static String nameOf(DiscussionMails.Reader author) {
        return author == null ? "" : author.account().displayName();
    }
}
