package org.collegium.library.collection;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.identity.AccountId;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.resource.LibraryAccess;
import org.collegium.library.resource.ResourceLookup;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections: reading lists that a network's library editors (and platform administrators) curate, of published
 * resources in the order they choose. Anyone reads them; their public pages show only the resources that are still
 * published. A refusal is a {@link LibraryRefusal}, and nothing is written.
 */
@Service
@Transactional
public class LibraryCollections {

    /** A reading list, not a catalogue. */
    static final int MAX_RESOURCES = 100;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

    private final CollectionRepository collections;
    private final LibraryAccess access;
    private final ResourceLookup resources;
    private final Directory directory;
    private final Clock clock;

    LibraryCollections(CollectionRepository collections, LibraryAccess access, ResourceLookup resources,
            Directory directory, Clock clock) {
        this.collections = collections;
        this.access = access;
        this.resources = resources;
        this.directory = directory;
        this.clock = clock;
    }

    public CollectionId create(AccountId actor, OrganisationId network, CollectionTexts texts) {
        if (directory.find(network).isEmpty()) {
            throw new NotFoundException("network");
        }
        requireEditor(actor, network);
        check(texts);
        return collections.save(new LibraryCollection(network, texts, actor, clock.instant())).view().id();
    }

    public CollectionView revise(AccountId actor, CollectionId id, CollectionTexts texts) {
        LibraryCollection collection = editable(actor, id);
        check(texts);
        collection.describe(texts, clock.instant());
        return collection.view();
    }

    /** Adds a published resource at the end of the list. */
    public CollectionView add(AccountId actor, CollectionId id, ResourceId resource) {
        LibraryCollection collection = editable(actor, id);
        ResourceView found = resources.views(Set.of(resource)).get(resource);
        if (found == null || !found.status().isPublic()) {
            throw new LibraryRefusal("resource", "librarycollections.refusal.unpublished");
        }
        if (collection.contains(resource)) {
            throw new LibraryRefusal("resource", "librarycollections.refusal.already");
        }
        if (collection.size() >= MAX_RESOURCES) {
            throw new LibraryRefusal("resource", "librarycollections.refusal.full", MAX_RESOURCES);
        }
        collection.add(resource, clock.instant());
        return collection.view();
    }

    public CollectionView remove(AccountId actor, CollectionId id, ResourceId resource) {
        LibraryCollection collection = editable(actor, id);
        if (!collection.remove(resource, clock.instant())) {
            throw new NotFoundException("resource");
        }
        return collection.view();
    }

    /** Moves a resource one place towards the top ({@code up}) or the bottom; at either end it stays. */
    public CollectionView move(AccountId actor, CollectionId id, ResourceId resource, boolean up) {
        LibraryCollection collection = editable(actor, id);
        if (!collection.contains(resource)) {
            throw new NotFoundException("resource");
        }
        collection.move(resource, up ? -1 : 1, clock.instant());
        return collection.view();
    }

    @Transactional(readOnly = true)
    public CollectionView read(CollectionId id) {
        return load(id).view();
    }

    /** The collection's texts, for its edit form; for its editors only. */
    @Transactional(readOnly = true)
    public CollectionTexts textsOf(AccountId actor, CollectionId id) {
        return editable(actor, id).texts();
    }

    @Transactional(readOnly = true)
    public List<CollectionView> all() {
        return collections.findAllByOrderByUpdatedAtDesc().stream().map(LibraryCollection::view).toList();
    }

    /** The collection's resources that are published, in its order: what its public page shows. */
    @Transactional(readOnly = true)
    public List<ResourceView> publishedIn(CollectionView collection) {
        Map<ResourceId, ResourceView> found = resources.views(collection.resources());
        return collection.resources().stream().map(found::get)
                .filter(resource -> resource != null && resource.status().isPublic()).toList();
    }

    /** How many published resources each collection shows, for the list of collections: one lookup for all. */
    @Transactional(readOnly = true)
    public Map<CollectionId, Long> publishedCounts(List<CollectionView> shown) {
        Map<ResourceId, ResourceView> found = resources.views(shown.stream()
                .flatMap(collection -> collection.resources().stream()).collect(Collectors.toSet()));
        Map<CollectionId, Long> counts = new HashMap<>();
        shown.forEach(collection -> counts.put(collection.id(), collection.resources().stream().map(found::get)
                .filter(resource -> resource != null && resource.status().isPublic()).count()));
        return counts;
    }

    /** Every resource of the collection in its order, with its status, for its editors. */
    @Transactional(readOnly = true)
    public List<ResourceView> allIn(AccountId actor, CollectionView collection) {
        requireEditor(actor, collection.network());
        Map<ResourceId, ResourceView> found = resources.views(collection.resources());
        return collection.resources().stream().map(found::get).filter(resource -> resource != null).toList();
    }

    public boolean mayEdit(AccountId actor, OrganisationId network) {
        return access.isEditorOf(actor, network);
    }

    private LibraryCollection editable(AccountId actor, CollectionId id) {
        LibraryCollection collection = load(id);
        requireEditor(actor, collection.network());
        return collection;
    }

    private void requireEditor(AccountId actor, OrganisationId network) {
        if (!access.isEditorOf(actor, network)) {
            throw new AccessDeniedException("not a library editor of " + network.value());
        }
    }

    private LibraryCollection load(CollectionId id) {
        return collections.findById(id.value()).orElseThrow(() -> new NotFoundException("collection"));
    }

    private static void check(CollectionTexts texts) {
        if (texts.originalLanguage() == null || !LANGUAGES.contains(texts.originalLanguage())) {
            throw new LibraryRefusal("originalLanguage", "librarycollections.refusal.language");
        }
        CollectionTexts.Text original = texts.texts().get(texts.originalLanguage());
        if (original == null || original.title() == null || original.title().isBlank()) {
            throw new LibraryRefusal("title." + texts.originalLanguage(), "librarycollections.refusal.title");
        }
        texts.texts().forEach((language, text) -> {
            if (!LANGUAGES.contains(language)) {
                throw new LibraryRefusal("originalLanguage", "librarycollections.refusal.language");
            }
            if (text.title() == null || text.title().isBlank()) {
                throw new LibraryRefusal("title." + language, "librarycollections.refusal.title");
            }
            if (text.title().strip().length() > MAX_TITLE) {
                throw new LibraryRefusal("title." + language, "librarycollections.refusal.title-length", MAX_TITLE);
            }
            if (text.description() != null && text.description().strip().length() > MAX_DESCRIPTION) {
                throw new LibraryRefusal("description." + language, "librarycollections.refusal.description-length",
                        MAX_DESCRIPTION);
            }
        });
    }
}
