package org.collegium.academy.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.collegium.academy.DiscussionRefusal;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.ForumId;
import org.collegium.academy.ThreadKind;
import org.collegium.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ForumPostTests {

    private static final Instant POSTED = Instant.parse("2026-03-02T10:00:00Z");
    private final AccountId author = new AccountId(UUID.randomUUID());

    private ForumPost post() {
        return new ForumPost(new DiscussionThreadId(UUID.randomUUID()), author, false, "<p>first</p>", null, POSTED);
    }

    @Test
    void theAuthorMayEditDuringThirtyMinutesToTheSecond() {
        assertThat(ForumPost.withinEditWindow(POSTED, POSTED.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(ForumPost.withinEditWindow(POSTED, POSTED.plus(Duration.ofMinutes(30)).plusSeconds(1))).isFalse();
        assertThat(ForumPost.withinEditWindow(POSTED, POSTED.minusSeconds(1))).isFalse();
    }

    @Test
    void editsWithinTheWindowAreKeptAndSanitised() {
        ForumPost post = post();
        post.edit(author, "<p>second</p><script>x()</script>", POSTED.plus(Duration.ofMinutes(29)));
        assertThat(post.body()).isEqualTo("<p>second</p>");
        assertThat(post.editedAt()).isEqualTo(POSTED.plus(Duration.ofMinutes(29)));
    }

    @Test
    void refusesAnEditAfterTheWindow() {
        ForumPost post = post();
        assertThatThrownBy(() -> post.edit(author, "late", POSTED.plus(Duration.ofMinutes(31))))
                .isInstanceOf(DiscussionRefusal.class).hasMessageContaining("discussion.edit.too-late");
        assertThat(post.body()).isEqualTo("<p>first</p>");
    }

    @Test
    void nobodyEditsAnotherPersonsPost() {
        ForumPost post = post();
        assertThatThrownBy(() -> post.edit(new AccountId(UUID.randomUUID()), "mine now", POSTED.plusSeconds(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(post.editableBy(new AccountId(UUID.randomUUID()), POSTED.plusSeconds(5))).isFalse();
        assertThat(post.editableBy(author, POSTED.plusSeconds(5))).isTrue();
    }

    @Test
    void aLockedThreadRefusesRepliesAndAnOpenOneCountsThem() {
        ForumThread thread = new ForumThread(new ForumId(UUID.randomUUID()), ThreadKind.DISCUSSION, " Budgets ",
                author, POSTED);
        thread.acceptReply(POSTED.plusSeconds(60));
        assertThat(thread.replies()).isEqualTo(1);
        assertThat(thread.lastActivityAt()).isEqualTo(POSTED.plusSeconds(60));
        assertThat(thread.title()).isEqualTo("Budgets");
        thread.lock(true);
        assertThatThrownBy(() -> thread.acceptReply(POSTED.plusSeconds(120)))
                .isInstanceOf(DiscussionRefusal.class).hasMessageContaining("discussion.thread.locked");
        assertThat(thread.replies()).isEqualTo(1);
    }

    @Test
    void refusesAThreadWithoutTitle() {
        assertThatThrownBy(() -> new ForumThread(new ForumId(UUID.randomUUID()), ThreadKind.DISCUSSION, "  ", author,
                POSTED)).isInstanceOf(DiscussionRefusal.class).hasMessageContaining("discussion.title.required");
    }
}
