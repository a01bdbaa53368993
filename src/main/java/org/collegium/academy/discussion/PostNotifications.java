package org.collegium.academy.discussion;

import java.util.Map;
import java.util.Set;

import org.collegium.academy.AcademySummary;
import org.collegium.academy.NotificationPreference;
import org.collegium.academy.ThreadKind;
import org.collegium.academy.facilitation.LearnerNotifications;
import org.collegium.academy.facilitation.NotificationKind;
import org.collegium.identity.AccountId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a post is committed, mails it to those who follow each post of the course, and an announcement to everyone
 * who has not turned discussion mail off. The author gets no mail of their own post.
 */
@Component
class PostNotifications {

    private final ForumPostRepository posts;
    private final ForumThreadRepository threads;
    private final ForumRepository forums;
    private final Participation participation;
    private final NotificationPreferences preferences;
    private final DiscussionMails mails;
    private final LearnerNotifications notifications;

    PostNotifications(ForumPostRepository posts, ForumThreadRepository threads, ForumRepository forums,
            Participation participation, NotificationPreferences preferences, DiscussionMails mails,
            LearnerNotifications notifications) {
        this.posts = posts;
        this.threads = threads;
        this.forums = forums;
        this.participation = participation;
        this.preferences = preferences;
        this.mails = mails;
        this.notifications = notifications;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void on(PostAdded event) {
        ForumPost post = posts.findById(event.post().value()).orElse(null);
        if (post == null || post.hidden()) {
            return;
        }
        ForumThread thread = threads.findById(post.thread().value()).orElseThrow();
        Forum forum = forums.findById(thread.forum().value()).orElseThrow();
        boolean announcement = post.opening() && thread.kind() == ThreadKind.ANNOUNCEMENT;
        Set<AccountId> audience = participation.audience(forum.academy(), forum.course());
        audience.remove(post.author());
        Map<AccountId, NotificationPreference> choices = preferences.of(audience, forum.course());
        Set<AccountId> noAnnouncements = announcement
                ? notifications.turnedOff(choices.keySet(), NotificationKind.ANNOUNCEMENT) : Set.of();
        Set<AccountId> recipients = choices.entrySet().stream()
                .filter(choice -> choice.getValue() == NotificationPreference.EACH_POST
                        || announcement && choice.getValue() != NotificationPreference.NONE
                                && !noAnnouncements.contains(choice.getKey()))
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        if (recipients.isEmpty()) {
            return;
        }
        AcademySummary academy = mails.academies().get(forum.academy());
        String authorName = mails.readers(Set.of(post.author())).values().stream()
                .map(reader -> reader.account().displayName()).findFirst().orElse("");
        mails.readers(recipients).values()
                .forEach(reader -> mails.sendPost(reader, academy, forum, thread, post, authorName));
    }
}
