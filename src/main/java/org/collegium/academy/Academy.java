package org.collegium.academy;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.network.OrganisationId;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;

/**
 * An academy: one organisation's learning space, with its address, languages, description and colours.
 */
@Entity
@Table(name = "academy")
class Academy {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "original_language", nullable = false)
    private String originalLanguage;

    @Column(name = "accent_colour", nullable = false)
    private String accentColour;

    @ElementCollection
    @CollectionTable(name = "academy_language", joinColumns = @JoinColumn(name = "academy_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "academy_description", joinColumns = @JoinColumn(name = "academy_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> description = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Academy() {
    }

    Academy(AcademySlug slug, String name, OrganisationId organisation, String originalLanguage, Set<String> languages,
            AccentColour accentColour, Instant now) {
        this.id = UUID.randomUUID();
        this.slug = slug.value();
        this.organisationId = organisation.value();
        this.originalLanguage = knownLanguage("language", originalLanguage);
        this.createdAt = now;
        rename(name);
        offer(languages);
        brand(accentColour);
    }

    AcademyId id() {
        return new AcademyId(id);
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    List<String> languages() {
        return languages.stream().sorted().toList();
    }

    TranslatedText description() {
        return new TranslatedText(originalLanguage, description);
    }

    AccentColour accentColour() {
        return new AccentColour(accentColour);
    }

    void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
            throw new AcademyRefusal("name", "academy.name.invalid");
        }
        this.name = newName.strip();
    }

    void offer(Set<String> offered) {
        if (offered == null || offered.isEmpty()) {
            throw new AcademyRefusal("languages", "academy.languages.empty");
        }
        offered.forEach(language -> knownLanguage("languages", language));
        languages.clear();
        languages.addAll(offered);
    }

    void brand(AccentColour colour) {
        this.accentColour = colour.hex();
    }

    /** Writes or replaces the description in one language; a blank text removes that language's version. */
    void describe(String language, String text) {
        knownLanguage("descriptionLanguage", language);
        if (text == null || text.isBlank()) {
            description.remove(language);
            return;
        }
        if (text.length() > 8000) {
            throw new AcademyRefusal("description", "academy.description.too-long", 8000);
        }
        description.put(language, language.equals(originalLanguage)
                ? Translation.original(text.strip()) : new Translation(text.strip(), TranslationStatus.TRANSLATED));
    }

    private static String knownLanguage(String field, String language) {
        if (!ContentLanguages.isKnown(language)) {
            throw new AcademyRefusal(field, "academy.language.unknown");
        }
        return language;
    }
}
