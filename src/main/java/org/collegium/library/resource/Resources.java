package org.collegium.library.resource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceFileView;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationKind;
import org.collegium.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reading library resources. Any signed-in member drafts one for a network's library (an organisation of
 * the directory of the network kind, not a municipality or another kind); the submitter changes it until it is
 * submitted (or sent back for changes), the network's library editors at any time. A resource that is not published
 * is not found by anyone else. A refusal is a {@link LibraryRefusal}, and nothing is written.
 */
@Service
@Transactional
public class Resources {

    /** Files per resource: a case study with its presentation, report, photos and a recording fits. */
    static final int MAX_FILES = 20;

    private final ResourceRepository resources;
    private final LibraryAccess access;
    private final Directory directory;
    private final Clock clock;

    Resources(ResourceRepository resources, LibraryAccess access, Directory directory, Clock clock) {
        this.resources = resources;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    public ResourceId draft(AccountId author, ResourceDraft draft) {
        return create(author, draft, false);
    }

    /** An illustrative sample, marked as such on every page that shows it (demo data). */
    public ResourceId draftExample(AccountId author, ResourceDraft draft) {
        return create(author, draft, true);
    }

    public ResourceView revise(AccountId actor, ResourceId id, ResourceDraft draft) {
        Resource resource = changeable(actor, id);
        if (draft.network() == null || !draft.network().equals(resource.network()) || draft.kind() != resource.kind()) {
            throw new LibraryRefusal("kind", "library.refusal.fixed");
        }
        ResourceRules.check(draft, today());
        resource.describe(draft, clock.instant());
        return resource.view();
    }

    @Transactional(readOnly = true)
    public ResourceView read(AccountId viewer, ResourceId id) {
        return load(viewer, id).view();
    }

    /** The resource's description as a draft, for its edit form; only for those who may change it. */
    @Transactional(readOnly = true)
    public ResourceDraft draftOf(AccountId actor, ResourceId id) {
        return changeable(actor, id).draft();
    }

    /**
     * Attaches a file that was already checked and stored, for those who may change the resource. The caller deletes
     * the stored file if this refuses.
     */
    public ResourceFileView attach(AccountId actor, ResourceId id, StoredUpload upload) {
        Resource resource = changeable(actor, id);
        if (resource.files().size() >= MAX_FILES) {
            throw new LibraryRefusal("file", "library.refusal.files", MAX_FILES);
        }
        return resource.attach(upload, actor, clock.instant()).view();
    }

    /** Removes a file from the resource; returns its stored name, for the caller to delete from the store. */
    public String detach(AccountId actor, ResourceId id, UUID fileId) {
        Resource resource = changeable(actor, id);
        ResourceFile file = fileOf(resource, fileId);
        resource.detach(fileId, clock.instant());
        return file.storedName();
    }

    /** A file of a resource the viewer may see, to serve it. */
    @Transactional(readOnly = true)
    public AttachedFile file(AccountId viewer, ResourceId id, UUID fileId) {
        ResourceFile file = fileOf(load(viewer, id), fileId);
        return new AttachedFile(file.view(), file.storedName());
    }

    @Transactional(readOnly = true)
    public List<ResourceView> submittedBy(AccountId author) {
        return resources.findBySubmitterOrderByUpdatedAtDesc(author.value()).stream().map(Resource::view).toList();
    }

    private Resource changeable(AccountId actor, ResourceId id) {
        Resource resource = load(actor, id);
        if (!access.mayChange(actor, resource)) {
            throw new AccessDeniedException("may not change resource " + id);
        }
        return resource;
    }

    private static ResourceFile fileOf(Resource resource, UUID fileId) {
        return resource.files().stream().filter(file -> file.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new NotFoundException("file"));
    }

    /** The resource, if the viewer may see it; otherwise it does not exist for them. */
    Resource load(AccountId viewer, ResourceId id) {
        return resources.findById(id.value())
                .filter(resource -> access.maySee(viewer, resource))
                .orElseThrow(() -> new NotFoundException("resource"));
    }

    private ResourceId create(AccountId author, ResourceDraft draft, boolean example) {
        if (author == null) {
            throw new AccessDeniedException("sign in to submit a resource");
        }
        ResourceRules.check(draft, today());
        if (directory.find(draft.network()).filter(network -> network.kind() == OrganisationKind.NETWORK).isEmpty()) {
            throw new LibraryRefusal("network", "library.refusal.network");
        }
        return resources.save(new Resource(draft, author, example, clock.instant())).id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
