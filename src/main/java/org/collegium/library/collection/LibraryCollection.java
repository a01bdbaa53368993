package org.collegium.library.collection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;
import org.collegium.network.OrganisationId;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;
import org.hibernate.annotations.BatchSize;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reading list of a network's library: texts per language and resources in the order its editors chose.
 * {@link LibraryCollections} checks the rules before it changes one.
 */
@Entity
@Table(name = "library_collection")
class LibraryCollection {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID network;

    @Column(name = "original_language", nullable = false)
    private String originalLanguage;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_collection_title", joinColumns = @JoinColumn(name = "collection_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> title = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_collection_description", joinColumns = @JoinColumn(name = "collection_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> description = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_collection_item", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "position")
    @Column(name = "resource_id", nullable = false)
    private List<UUID> resources = new ArrayList<>();

    protected LibraryCollection() {
    }

    LibraryCollection(OrganisationId network, CollectionTexts texts, AccountId creator, Instant now) {
        this.id = UUID.randomUUID();
        this.network = network.value();
        this.createdBy = creator.value();
        this.createdAt = now;
        describe(texts, now);
    }

    void describe(CollectionTexts texts, Instant now) {
        originalLanguage = texts.originalLanguage();
        title.clear();
        description.clear();
        texts.texts().forEach((language, text) -> {
            TranslationStatus status = language.equals(originalLanguage) ? TranslationStatus.ORIGINAL
                    : TranslationStatus.TRANSLATED;
            title.put(language, new Translation(text.title().strip(), status));
            if (text.description() != null && !text.description().isBlank()) {
                description.put(language, new Translation(text.description().strip(), status));
            }
        });
        updatedAt = now;
    }

    boolean contains(ResourceId resource) {
        return resources.contains(resource.value());
    }

    int size() {
        return resources.size();
    }

    void add(ResourceId resource, Instant now) {
        resources.add(resource.value());
        updatedAt = now;
    }

    boolean remove(ResourceId resource, Instant now) {
        boolean removed = resources.remove(resource.value());
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    /** Moves the resource one place up (-1) or down (+1); nothing moves past either end. */
    boolean move(ResourceId resource, int step, Instant now) {
        int from = resources.indexOf(resource.value());
        int to = from + step;
        if (from < 0 || to < 0 || to >= resources.size()) {
            return false;
        }
        resources.set(from, resources.get(to));
        resources.set(to, resource.value());
        updatedAt = now;
        return true;
    }

    OrganisationId network() {
        return new OrganisationId(network);
    }

    CollectionView view() {
        return new CollectionView(new CollectionId(id), network(), originalLanguage,
                new TranslatedText(originalLanguage, title), new TranslatedText(originalLanguage, description),
                resources.stream().map(ResourceId::new).toList(), updatedAt);
    }

    CollectionTexts texts() {
        Map<String, CollectionTexts.Text> texts = new HashMap<>();
        title.forEach((language, text) -> {
            Translation about = description.get(language);
            texts.put(language, new CollectionTexts.Text(text.text(), about == null ? "" : about.text()));
        });
        return new CollectionTexts(originalLanguage, texts);
    }
}
