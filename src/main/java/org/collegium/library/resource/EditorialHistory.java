package org.collegium.library.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceStatus;
import org.collegium.library.ResourceView;
import org.collegium.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editorial workflow shows: a resource's state and actions for one viewer, its citable versions, the
 * submitter's own resources with the editors' notes, the editors' review queue, and the tombstone of a withdrawn
 * resource.
 */
@Service
@Transactional(readOnly = true)
public class EditorialHistory {

    /** The review queue shows this many resources, the longest waiting first. */
    static final int QUEUE_SIZE = 200;

    private final ResourceRepository resources;
    private final DecisionRepository decisions;
    private final ResourceVersionRepository versions;
    private final LibraryAccess access;
    private final Roles roles;

    EditorialHistory(ResourceRepository resources, DecisionRepository decisions, ResourceVersionRepository versions,
            LibraryAccess access, Roles roles) {
        this.resources = resources;
        this.decisions = decisions;
        this.versions = versions;
        this.access = access;
        this.roles = roles;
    }

    public EditorialState state(AccountId viewer, ResourceId id) {
        Resource resource = visible(viewer, id);
        ResourceStatus status = resource.status();
        boolean editor = access.isEditorOf(viewer, resource);
        boolean submitter = viewer != null && viewer.equals(resource.submitter());
        List<VersionSummary> published = versions.findByResourceOrderByNumberDesc(id.value()).stream()
                .map(ResourceVersion::summary).toList();
        List<EditorialDecision> history = editor || submitter
                ? decisions.findByResourceOrderByDecidedAtAsc(id.value()).stream().map(Decision::view).toList()
                : List.of();
        return new EditorialState(status, access.mayChange(viewer, resource),
                (editor || submitter) && status.isEditableBySubmitter(),
                editor && status == ResourceStatus.SUBMITTED,
                editor && (status == ResourceStatus.SUBMITTED || status == ResourceStatus.WITHDRAWN
                        || status == ResourceStatus.PUBLISHED && changedSince(resource, published)),
                editor && status == ResourceStatus.PUBLISHED, editor, published, history);
    }

    /** A published version as it was published; for a withdrawn resource only its editors and submitter read it. */
    public PublishedVersion version(AccountId viewer, ResourceId id, int number) {
        Resource resource = visible(viewer, id);
        ResourceVersion version = versions.findByResourceAndNumber(id.value(), number)
                .orElseThrow(() -> new NotFoundException("version"));
        int latest = versions.findFirstByResourceOrderByNumberDesc(id.value()).map(ResourceVersion::number)
                .orElse(number);
        return new PublishedVersion(number,
                Snapshots.view(resource, Snapshots.read(version.snapshot()), version.publishedAt()), latest);
    }

    /** What the public reads of a resource that was withdrawn, when the viewer may not see the resource itself. */
    public Optional<Tombstone> tombstone(AccountId viewer, ResourceId id) {
        return resources.findById(id.value())
                .filter(resource -> resource.status() == ResourceStatus.WITHDRAWN)
                .filter(resource -> !access.maySee(viewer, resource))
                .map(resource -> new Tombstone(resource.view().title(), withdrawnAt(resource),
                        versions.findByResourceOrderByNumberDesc(id.value()).size()));
    }

    /** The submitter's resources, the latest changed first, each with the last editorial step and its note. */
    public List<SubmittedResource> submittedBy(AccountId submitter) {
        List<Resource> own = resources.findBySubmitterOrderByUpdatedAtDesc(submitter.value());
        Map<UUID, EditorialDecision> last = lastDecisions(own.stream().map(resource -> resource.id().value()).toList());
        return own.stream().map(resource -> new SubmittedResource(resource.view(), last.get(resource.id().value())))
                .toList();
    }

    /** Submitted resources of the networks the editor edits (all networks for platform administrators). */
    public List<ResourceView> reviewQueue(AccountId editor) {
        List<Resource> waiting;
        if (roles.isPlatformAdministrator(editor)) {
            waiting = new ArrayList<>(resources.findByStatusOrderByPublishedAtDescIdAsc(ResourceStatus.SUBMITTED,
                    PageRequest.of(0, QUEUE_SIZE)).getContent());
            waiting.sort(Comparator.comparing(Resource::updatedAt));
        } else {
            Set<UUID> networks = roles.scopesOf(editor, Role.LIBRARY_EDITOR);
            waiting = networks.isEmpty() ? List.of()
                    : resources.findByNetworkInAndStatusInOrderByUpdatedAtAsc(networks,
                            List.of(ResourceStatus.SUBMITTED));
        }
        return waiting.stream().limit(QUEUE_SIZE).map(Resource::view).toList();
    }

    /** Whether the viewer edits the library of at least one network, so the review queue concerns them. */
    public boolean isEditor(AccountId viewer) {
        return viewer != null && (roles.isPlatformAdministrator(viewer)
                || !roles.scopesOf(viewer, Role.LIBRARY_EDITOR).isEmpty());
    }

    private boolean changedSince(Resource resource, List<VersionSummary> published) {
        if (published.isEmpty()) {
            return true;
        }
        return versions.findByResourceAndNumber(resource.id().value(), published.get(0).number())
                .map(version -> !Snapshots.read(version.snapshot()).equals(resource.draft())).orElse(true);
    }

    private java.time.Instant withdrawnAt(Resource resource) {
        return decisions.findByResourceOrderByDecidedAtAsc(resource.id().value()).stream()
                .filter(decision -> decision.view().action() == EditorialAction.WITHDRAWN)
                .map(decision -> decision.view().decidedAt()).reduce((first, second) -> second)
                .orElse(resource.updatedAt());
    }

    private Map<UUID, EditorialDecision> lastDecisions(Collection<UUID> ids) {
        Map<UUID, EditorialDecision> last = new HashMap<>();
        if (!ids.isEmpty()) {
            decisions.findByResourceInOrderByDecidedAtAsc(ids).forEach(decision -> last.put(decision.resource(),
                    decision.view()));
        }
        return last;
    }

    private Resource visible(AccountId viewer, ResourceId id) {
        return resources.findById(id.value()).filter(resource -> access.maySee(viewer, resource))
                .orElseThrow(() -> new NotFoundException("resource"));
    }
}
