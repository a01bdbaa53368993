package org.collegium.academy.discussion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.AcademyId;
import org.collegium.academy.AnnouncementPosted;
import org.collegium.academy.DiscussionModerated;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.DiscussionPostId;
import org.collegium.academy.DiscussionRefusal;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.Discussions;
import org.collegium.academy.ForumId;
import org.collegium.academy.ForumSummary;
import org.collegium.academy.ModerationAction;
import org.collegium.academy.ModerationEntry;
import org.collegium.academy.NewReply;
import org.collegium.academy.NewThread;
import org.collegium.academy.NotificationPreference;
import org.collegium.academy.PostView;
import org.collegium.academy.ThreadKind;
import org.collegium.academy.ThreadSummary;
import org.collegium.academy.ThreadView;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussions of courses, behind the {@link Discussions} facade: every call checks the account against the
 * forum's academy before it reads or writes.
 */
@Service
@Transactional(readOnly = true)
class Forums implements Discussions {

    static final int PAGE_SIZE = 20;

    private final ForumRepository forums;
    private final ForumThreadRepository threads;
    private final ForumPostRepository posts;
    private final ModerationRecordRepository moderations;
    private final Participation participation;
    private final NotificationPreferences preferences;
    private final DailyDigest digest;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Forums(ForumRepository forums, ForumThreadRepository threads, ForumPostRepository posts,
            ModerationRecordRepository moderations, Participation participation, NotificationPreferences preferences,
            DailyDigest digest, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.forums = forums;
        this.threads = threads;
        this.posts = posts;
        this.moderations = moderations;
        this.participation = participation;
        this.preferences = preferences;
        this.digest = digest;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ForumId openForum(AccountId actor, AcademyId academy, CourseId course, CourseModuleId module) {
        if (!participation.mayOpen(Optional.ofNullable(actor), academy, course, module)) {
            throw new AccessDeniedException("only the staff and learners of course " + course.value() + " open its forums");
        }
        Optional<Forum> existing = forums.findByPlace(Forum.placeOf(course, module));
        if (existing.isPresent()) {
            if (!existing.get().academy().equals(academy)) {
                throw new AccessDeniedException("course " + course.value() + " belongs to another academy");
            }
            return existing.get().id();
        }
        return forums.saveAndFlush(new Forum(academy, course, module, actor, clock.instant())).id();
    }

    @Override
    public Optional<ForumSummary> findForum(Optional<AccountId> viewer, AcademyId academy, CourseId course,
            CourseModuleId module) {
        return forums.findByPlace(Forum.placeOf(course, module))
                .filter(forum -> forum.academy().equals(academy))
                .map(forum -> new ForumSummary(forum.id(), forum.academy(), forum.course(), forum.module(),
                        participation.isStaff(viewer, academy)));
    }

    @Override
    public boolean mayParticipate(AccountId account, ForumId forum) {
        Forum found = load(forum);
        return participation.mayParticipate(Optional.ofNullable(account), found.academy(), found.course());
    }

    @Override
    public boolean mayModerate(AccountId account, ForumId forum) {
        return participation.isStaff(Optional.ofNullable(account), load(forum).academy());
    }

    @Override
    public Page<ThreadSummary> threads(AccountId viewer, ForumId forumId, int page) {
        Forum forum = participant(viewer, load(forumId));
        Page<ForumThread> found = threads.findPage(forum.getId(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
        Map<AccountId, AccountSummary> authors = accounts.findAll(
                found.getContent().stream().map(ForumThread::author).collect(Collectors.toSet()));
        return found.map(thread -> summary(thread, authors));
    }

    @Override
    public ThreadView thread(AccountId viewer, DiscussionThreadId threadId) {
        ForumThread thread = loadThread(threadId);
        Forum forum = participant(viewer, load(thread.forum()));
        boolean staff = participation.isStaff(Optional.of(viewer), forum.academy());
        List<ForumPost> list = posts.findByThread(thread.id().value());
        Set<AccountId> people = list.stream().map(ForumPost::author).collect(Collectors.toCollection(HashSet::new));
        people.add(thread.author());
        Map<AccountId, AccountSummary> authors = accounts.findAll(people);
        Map<DiscussionPostId, ForumPost> byId = list.stream()
                .collect(Collectors.toMap(ForumPost::id, Function.identity()));
        Instant now = clock.instant();
        List<PostView> views = list.stream()
                .map(post -> view(post, byId.get(post.quoting()), authors, viewer, staff, now)).toList();
        ForumSummary summary = new ForumSummary(forum.id(), forum.academy(), forum.course(), forum.module(), staff);
        return new ThreadView(summary, summary(thread, authors), views, !thread.locked(), staff);
    }

    @Override
    @Transactional
    public DiscussionThreadId startThread(AccountId author, ForumId forumId, NewThread request) {
        Forum forum = participant(author, load(forumId));
        if (request.kind() == ThreadKind.ANNOUNCEMENT && !participation.isStaff(Optional.of(author), forum.academy())) {
            throw new AccessDeniedException("only staff announce");
        }
        Instant now = clock.instant();
        ForumThread thread = new ForumThread(forum.id(), request.kind(), request.title(), author, now);
        ForumPost opening = new ForumPost(thread.id(), author, true, request.body(), null, now);
        threads.saveAndFlush(thread);
        posts.save(opening);
        events.publishEvent(new PostAdded(opening.id()));
        if (request.kind() == ThreadKind.ANNOUNCEMENT) {
            events.publishEvent(new AnnouncementPosted(forum.academy(), forum.course(), author, thread.id(),
                    request.title(), now));
        }
        return thread.id();
    }

    @Override
    @Transactional
    public DiscussionPostId reply(AccountId author, DiscussionThreadId threadId, NewReply request) {
        ForumThread thread = threads.lockById(threadId.value()).orElseThrow(() -> new NotFoundException("thread"));
        participant(author, load(thread.forum()));
        if (request.quoting() != null && posts.findById(request.quoting().value())
                .filter(quoted -> quoted.thread().equals(threadId)).isEmpty()) {
            throw new DiscussionRefusal("quoting", "discussion.quote.unknown");
        }
        Instant now = clock.instant();
        thread.acceptReply(now);
        ForumPost reply = posts.save(new ForumPost(threadId, author, false, request.body(), request.quoting(), now));
        events.publishEvent(new PostAdded(reply.id()));
        return reply.id();
    }

    @Override
    public PostView post(AccountId viewer, DiscussionPostId postId) {
        ForumPost post = loadPost(postId);
        Forum forum = participant(viewer, load(loadThread(post.thread()).forum()));
        boolean staff = participation.isStaff(Optional.of(viewer), forum.academy());
        ForumPost quoted = post.quoting() == null ? null : posts.findById(post.quoting().value()).orElse(null);
        Set<AccountId> people = new HashSet<>(Set.of(post.author()));
        if (quoted != null) {
            people.add(quoted.author());
        }
        return view(post, quoted, accounts.findAll(people), viewer, staff, clock.instant());
    }

    @Override
    @Transactional
    public void edit(AccountId author, DiscussionPostId postId, String body) {
        ForumPost post = loadPost(postId);
        participant(author, load(loadThread(post.thread()).forum()));
        if (post.hidden()) {
            throw new DiscussionRefusal("body", "discussion.edit.hidden");
        }
        post.edit(author, body, clock.instant());
    }

    @Override
    @Transactional
    public void hide(AccountId moderator, DiscussionPostId post) {
        moderatePost(moderator, post, ModerationAction.HIDE);
    }

    @Override
    @Transactional
    public void unhide(AccountId moderator, DiscussionPostId post) {
        moderatePost(moderator, post, ModerationAction.UNHIDE);
    }

    @Override
    @Transactional
    public void lock(AccountId moderator, DiscussionThreadId thread) {
        moderateThread(moderator, thread, ModerationAction.LOCK);
    }

    @Override
    @Transactional
    public void unlock(AccountId moderator, DiscussionThreadId thread) {
        moderateThread(moderator, thread, ModerationAction.UNLOCK);
    }

    @Override
    @Transactional
    public void pin(AccountId moderator, DiscussionThreadId thread) {
        moderateThread(moderator, thread, ModerationAction.PIN);
    }

    @Override
    @Transactional
    public void unpin(AccountId moderator, DiscussionThreadId thread) {
        moderateThread(moderator, thread, ModerationAction.UNPIN);
    }

    @Override
    public List<ModerationEntry> moderationLog(AcademyId academy) {
        return moderations.findByAcademyIdOrderByActedAtDesc(academy.value()).stream()
                .map(ModerationRecord::toEntry).toList();
    }

    @Override
    public NotificationPreference preference(AccountId account, CourseId course) {
        return preferences.of(account, course);
    }

    @Override
    @Transactional
    public void choosePreference(AccountId account, CourseId course, NotificationPreference preference) {
        preferences.choose(account, course, preference == null ? NotificationPreference.DEFAULT : preference);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int sendDailyDigest(LocalDate day) {
        return digest.send(day);
    }

    private void moderatePost(AccountId moderator, DiscussionPostId postId, ModerationAction action) {
        ForumPost post = loadPost(postId);
        Forum forum = moderated(moderator, load(loadThread(post.thread()).forum()));
        post.hide(action == ModerationAction.HIDE);
        moderations.save(new ModerationRecord(forum, post.thread(), post.id(), moderator, action, clock.instant()));
        events.publishEvent(new DiscussionModerated(forum.academy(), forum.course(), moderator, action, post.thread(),
                clock.instant()));
    }

    private void moderateThread(AccountId moderator, DiscussionThreadId threadId, ModerationAction action) {
        ForumThread thread = threads.lockById(threadId.value()).orElseThrow(() -> new NotFoundException("thread"));
        Forum forum = moderated(moderator, load(thread.forum()));
        switch (action) {
            case LOCK, UNLOCK -> thread.lock(action == ModerationAction.LOCK);
            case PIN, UNPIN -> thread.pin(action == ModerationAction.PIN);
            default -> throw new IllegalArgumentException(action + " is not done to a thread");
        }
        moderations.save(new ModerationRecord(forum, threadId, null, moderator, action, clock.instant()));
        events.publishEvent(new DiscussionModerated(forum.academy(), forum.course(), moderator, action, threadId,
                clock.instant()));
    }

    private Forum participant(AccountId account, Forum forum) {
        if (!participation.mayParticipate(Optional.ofNullable(account), forum.academy(), forum.course())) {
            throw new AccessDeniedException("not a participant of forum " + forum.getId());
        }
        return forum;
    }

    private Forum moderated(AccountId account, Forum forum) {
        if (!participation.isStaff(Optional.ofNullable(account), forum.academy())) {
            throw new AccessDeniedException("not a moderator of forum " + forum.getId());
        }
        return forum;
    }

    private Forum load(ForumId id) {
        return forums.findById(id.value()).orElseThrow(() -> new NotFoundException("forum"));
    }

    private ForumThread loadThread(DiscussionThreadId id) {
        return threads.findById(id.value()).orElseThrow(() -> new NotFoundException("thread"));
    }

    private ForumPost loadPost(DiscussionPostId id) {
        return posts.findById(id.value()).orElseThrow(() -> new NotFoundException("post"));
    }

    private static ThreadSummary summary(ForumThread thread, Map<AccountId, AccountSummary> authors) {
        return new ThreadSummary(thread.id(), thread.forum(), thread.title(), thread.kind(),
                nameOf(thread.author(), authors), thread.pinned(), thread.locked(), thread.replies(),
                thread.createdAt(), thread.lastActivityAt());
    }

    /** Learners (authors included) see that a moderator hid a post, never its text; staff see the text. */
    private static PostView view(ForumPost post, ForumPost quoted, Map<AccountId, AccountSummary> authors,
            AccountId viewer, boolean staff, Instant now) {
        PostView.Quote quote = quoted == null ? null : new PostView.Quote(quoted.id(),
                nameOf(quoted.author(), authors), quoted.hidden() && !staff ? null : quoted.body());
        return new PostView(post.id(), nameOf(post.author(), authors), post.hidden() && !staff ? null : post.body(),
                post.hidden(), post.opening(), post.createdAt(), post.editedAt(),
                !post.hidden() && post.editableBy(viewer, now), quote);
    }

    private static String nameOf(AccountId account, Map<AccountId, AccountSummary> authors) {
        AccountSummary author = authors.get(account);
        return author == null ? "" : author.displayName();
    }
}
