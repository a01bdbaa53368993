package org.collegium.library.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.library.CaseSection;
import org.collegium.library.ContactPerson;
import org.collegium.library.LanguageVersion;
import org.collegium.library.Licence;
import org.collegium.library.Region;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.library.ResourceStatus;
import org.collegium.library.ResourceView;
import org.collegium.library.Sdgs;
import org.collegium.network.OrganisationId;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;
import org.hibernate.annotations.BatchSize;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resource of the library, described on Dublin Core. Its texts are kept per language; its status says where it
 * stands in the editorial workflow. {@link Resources} checks every rule before it changes one.
 */
@Entity
@Table(name = "library_resource")
class Resource {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceStatus status;

    @Column(name = "network_id", nullable = false)
    private UUID network;

    @Column(name = "submitter_id", nullable = false)
    private UUID submitter;

    @Column(name = "original_language", nullable = false)
    private String originalLanguage;

    @Column(nullable = false)
    private String publisher;

    @Column(nullable = false)
    private LocalDate issued;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Licence licence;

    @Column(name = "licence_note")
    private String licenceNote;

    @Column(nullable = false)
    private boolean example;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_function")
    private String contactFunction;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_title", joinColumns = @JoinColumn(name = "resource_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> title = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_abstract", joinColumns = @JoinColumn(name = "resource_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> summary = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_case_section", joinColumns = @JoinColumn(name = "resource_id"))
    private Set<SectionText> sections = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_creator", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<CreatorEntry> creators = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_language", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_country", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "country")
    private Set<String> countries = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_region", joinColumns = @JoinColumn(name = "resource_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region")
    private Set<Region> regions = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<ExpertiseTopic> themes = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_sdg_goal", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "goal")
    private Set<Integer> sdgGoals = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_sdg_target", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "target")
    private Set<String> sdgTargets = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_sendai_priority", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "priority")
    private Set<Integer> sendaiPriorities = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_sendai_target", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "target")
    private Set<String> sendaiTargets = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "library_resource_link", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    private List<LinkEntry> links = new ArrayList<>();

    @OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 100)
    @OrderBy("uploadedAt")
    private List<ResourceFile> files = new ArrayList<>();

    protected Resource() {
    }

    Resource(ResourceDraft draft, AccountId submitter, boolean example, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = draft.kind();
        this.status = ResourceStatus.DRAFT;
        this.network = draft.network().value();
        this.submitter = submitter.value();
        this.example = example;
        this.createdAt = now;
        describe(draft, now);
    }

    /** Replaces the description with the draft's; the kind, network and submitter stay. */
    void describe(ResourceDraft draft, Instant now) {
        originalLanguage = draft.originalLanguage();
        publisher = draft.publisher().strip();
        issued = draft.issued();
        licence = draft.licence();
        licenceNote = blankToNull(draft.licenceNote());
        ContactPerson contact = draft.contact();
        contactName = contact == null ? null : blankToNull(contact.name());
        contactFunction = contact == null ? null : blankToNull(contact.function());
        contactEmail = contact == null ? null : blankToNull(contact.email());
        replaceTexts(draft);
        creators.clear();
        draft.creators().forEach(creator -> creators.add(CreatorEntry.of(creator)));
        replace(languages, draft.languages());
        replace(countries, draft.countries());
        replace(regions, draft.regions());
        replace(themes, draft.themes());
        replace(sdgGoals, draft.sdgGoals());
        replace(sdgTargets, draft.sdgTargets());
        draft.sdgTargets().forEach(target -> Sdgs.goalOf(target).ifPresent(sdgGoals::add));
        replace(sendaiPriorities, draft.sendaiPriorities());
        replace(sendaiTargets, draft.sendaiTargets());
        links.clear();
        draft.links().forEach(link -> links.add(LinkEntry.of(link)));
        updatedAt = now;
    }

    private void replaceTexts(ResourceDraft draft) {
        title.clear();
        summary.clear();
        sections.clear();
        draft.texts().forEach((language, text) -> {
            TranslationStatus textStatus = language.equals(draft.originalLanguage())
                    ? TranslationStatus.ORIGINAL : TranslationStatus.TRANSLATED;
            title.put(language, new Translation(text.title().strip(), textStatus));
            if (text.summary() != null && !text.summary().isBlank()) {
                summary.put(language, new Translation(text.summary().strip(), textStatus));
            }
            text.sections().forEach((section, body) -> {
                if (body != null && !body.isBlank()) {
                    sections.add(new SectionText(section, language, body.strip(), textStatus));
                }
            });
        });
    }

    void moveTo(ResourceStatus next, Instant now) {
        if (next == ResourceStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    ResourceFile attach(StoredUpload upload, AccountId uploader, Instant now) {
        ResourceFile file = new ResourceFile(this, upload, uploader.value(), now);
        files.add(file);
        updatedAt = now;
        return file;
    }

    boolean detach(UUID fileId, Instant now) {
        boolean removed = files.removeIf(file -> file.id().equals(fileId));
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    public ResourceId id() {
        return new ResourceId(id);
    }

    public ResourceKind kind() {
        return kind;
    }

    public ResourceStatus status() {
        return status;
    }

    public OrganisationId network() {
        return new OrganisationId(network);
    }

    public AccountId submitter() {
        return new AccountId(submitter);
    }

    public boolean example() {
        return example;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public LocalDate issued() {
        return issued;
    }

    public String originalLanguage() {
        return originalLanguage;
    }

    public Map<String, Translation> titles() {
        return Collections.unmodifiableMap(title);
    }

    public Map<String, Translation> summaries() {
        return Collections.unmodifiableMap(summary);
    }

    public Set<SectionText> sectionTexts() {
        return Collections.unmodifiableSet(sections);
    }

    public List<ResourceFile> files() {
        return Collections.unmodifiableList(files);
    }

    public ResourceView view() {
        return new ResourceView(id(), kind, status, network(), submitter(), originalLanguage,
                new TranslatedText(originalLanguage, title), new TranslatedText(originalLanguage, summary),
                sectionsView(), creators.stream().map(CreatorEntry::creator).toList(), publisher, issued,
                Set.copyOf(languages), Set.copyOf(countries), Set.copyOf(regions), Set.copyOf(themes),
                Set.copyOf(sdgGoals), Set.copyOf(sdgTargets), Set.copyOf(sendaiPriorities), Set.copyOf(sendaiTargets),
                licence, licenceNote, links.stream().map(LinkEntry::link).toList(),
                new ContactPerson(contactName, contactFunction, contactEmail), example,
                files.stream().map(ResourceFile::view).toList(), createdAt, updatedAt, publishedAt);
    }

    /** The description as a draft again, for an edit form. */
    public ResourceDraft draft() {
        Map<String, LanguageVersion> texts = new HashMap<>();
        title.forEach((language, text) -> {
            Map<CaseSection, String> bodies = new EnumMap<>(CaseSection.class);
            sections.stream().filter(section -> section.language().equals(language))
                    .forEach(section -> bodies.put(section.section(), section.text()));
            Translation abstractText = summary.get(language);
            texts.put(language, new LanguageVersion(text.text(), abstractText == null ? "" : abstractText.text(), bodies));
        });
        return new ResourceDraft(kind, network(), originalLanguage, texts,
                creators.stream().map(CreatorEntry::creator).toList(), publisher, issued, languages, countries, regions,
                themes, sdgGoals, sdgTargets, sendaiPriorities, sendaiTargets, licence, licenceNote,
                links.stream().map(LinkEntry::link).toList(), new ContactPerson(contactName, contactFunction, contactEmail));
    }

    private Map<CaseSection, TranslatedText> sectionsView() {
        Map<CaseSection, Map<String, Translation>> byLanguage = new EnumMap<>(CaseSection.class);
        sections.forEach(section -> byLanguage.computeIfAbsent(section.section(), key -> new HashMap<>())
                .put(section.language(), new Translation(section.text(), section.status())));
        Map<CaseSection, TranslatedText> view = new EnumMap<>(CaseSection.class);
        byLanguage.forEach((section, texts) -> view.put(section, new TranslatedText(originalLanguage, texts)));
        return view;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
