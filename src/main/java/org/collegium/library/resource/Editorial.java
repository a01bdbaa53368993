package org.collegium.library.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.collegium.identity.AccountId;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourcePublished;
import org.collegium.library.ResourceStatus;
import org.collegium.library.ResourceWithdrawn;
import org.collegium.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The editorial workflow of the library. The submitter submits a draft (or a resource sent back for changes); the
 * library editors of the resource's network, and platform administrators, ask for changes with a note, publish and
 * withdraw with a reason. Each publication that changes the resource keeps a new numbered version. The submitter is
 * told of each editor's decision by mail. Every step locks the resource's row first, so two editors publishing at
 * once make one version, and the second is told why.
 */
@Service
@Transactional
public class Editorial {

    static final int NOTE_LENGTH = 4000;

    private final EntityManager entities;
    private final DecisionRepository decisions;
    private final ResourceVersionRepository versions;
    private final LibraryAccess access;
    private final EditorialMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Editorial(EntityManager entities, DecisionRepository decisions, ResourceVersionRepository versions,
            LibraryAccess access, EditorialMails mails, ApplicationEventPublisher events, Clock clock) {
        this.entities = entities;
        this.decisions = decisions;
        this.versions = versions;
        this.access = access;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    public void submit(AccountId actor, ResourceId id) {
        Resource resource = locked(actor, id);
        if (!actor.equals(resource.submitter()) && !access.isEditorOf(actor, resource)) {
            throw new AccessDeniedException("only the submitter or an editor submits resource " + id);
        }
        requireStatus(resource, "editorial.refusal.submit", ResourceStatus.DRAFT, ResourceStatus.CHANGES_REQUESTED);
        decide(resource, EditorialAction.SUBMITTED, actor, null, ResourceStatus.SUBMITTED);
    }

    public void requestChanges(AccountId editor, ResourceId id, String note) {
        Resource resource = editable(editor, id);
        requireStatus(resource, "editorial.refusal.requestChanges", ResourceStatus.SUBMITTED);
        String text = note(note, "editorial.refusal.note");
        decide(resource, EditorialAction.CHANGES_REQUESTED, editor, text, ResourceStatus.CHANGES_REQUESTED);
        mails.changesRequested(resource, text);
    }

    /** Publishes the resource; returns the number of the version it now shows. */
    public int publish(AccountId editor, ResourceId id) {
        Resource resource = editable(editor, id);
        requireStatus(resource, "editorial.refusal.publish", ResourceStatus.SUBMITTED, ResourceStatus.PUBLISHED,
                ResourceStatus.WITHDRAWN);
        ResourceDraft description = resource.draft();
        Optional<ResourceVersion> latest = versions.findFirstByResourceOrderByNumberDesc(resource.id().value());
        boolean unchanged = latest.map(version -> Snapshots.read(version.snapshot()).equals(description))
                .orElse(false);
        if (unchanged && resource.status() == ResourceStatus.PUBLISHED) {
            throw new LibraryRefusal(null, "editorial.refusal.unchanged");
        }
        Instant now = clock.instant();
        int number = latest.map(ResourceVersion::number).orElse(0);
        if (!unchanged) {
            number++;
            versions.save(new ResourceVersion(resource.id().value(), number, now, editor.value(),
                    Snapshots.write(description)));
        }
        decide(resource, EditorialAction.PUBLISHED, editor, null, ResourceStatus.PUBLISHED, now);
        events.publishEvent(new ResourcePublished(resource.id(), resource.network(), number, now));
        mails.published(resource, editor, number, !unchanged && number > 1);
        return number;
    }

    public void withdraw(AccountId editor, ResourceId id, String reason) {
        Resource resource = editable(editor, id);
        requireStatus(resource, "editorial.refusal.withdraw", ResourceStatus.PUBLISHED);
        String text = note(reason, "editorial.refusal.reason");
        Instant now = clock.instant();
        decide(resource, EditorialAction.WITHDRAWN, editor, text, ResourceStatus.WITHDRAWN, now);
        events.publishEvent(new ResourceWithdrawn(resource.id(), resource.network(), now));
        mails.withdrawn(resource, editor, text);
    }

    private void decide(Resource resource, EditorialAction action, AccountId actor, String note,
            ResourceStatus next) {
        decide(resource, action, actor, note, next, clock.instant());
    }

    private void decide(Resource resource, EditorialAction action, AccountId actor, String note,
            ResourceStatus next, Instant now) {
        resource.moveTo(next, now);
        decisions.save(new Decision(resource.id().value(), action, actor, note, now));
    }

    /** The resource, its row locked until the transaction ends; not found for those who may not see it. */
    private Resource locked(AccountId actor, ResourceId id) {
        if (actor == null) {
            throw new AccessDeniedException("sign in to act on resource " + id);
        }
        Resource resource = entities.find(Resource.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        if (resource == null || !access.maySee(actor, resource)) {
            throw new NotFoundException("resource");
        }
        return resource;
    }

    private Resource editable(AccountId editor, ResourceId id) {
        Resource resource = locked(editor, id);
        if (!access.isEditorOf(editor, resource)) {
            throw new AccessDeniedException("only the network's library editors decide on resource " + id);
        }
        return resource;
    }

    private static void requireStatus(Resource resource, String code, ResourceStatus... allowed) {
        for (ResourceStatus status : allowed) {
            if (resource.status() == status) {
                return;
            }
        }
        throw new LibraryRefusal(null, code);
    }

    private static String note(String note, String code) {
        if (note == null || note.isBlank() || note.strip().length() > NOTE_LENGTH) {
            throw new LibraryRefusal("note", code, NOTE_LENGTH);
        }
        return note.strip();
    }
}
