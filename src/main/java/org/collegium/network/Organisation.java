package org.collegium.network;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;

/**
 * A member of the network: a municipality, an association, a network, an academy, a partner.
 */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    private String acronym;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    private String country;

    private String region;

    private String website;

    @Column(name = "original_language", nullable = false)
    private String originalLanguage;

    @ElementCollection
    @CollectionTable(name = "organisation_description", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> description = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String slug, OrganisationDetails details, String originalLanguage, Instant now) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.originalLanguage = originalLanguage;
        this.createdAt = now;
        change(details);
    }

    /** Takes the new details; they are checked again here so that no path can store an invalid organisation. */
    void change(OrganisationDetails details) {
        details.check();
        this.name = details.name().strip();
        this.acronym = blankToNull(details.acronym());
        this.kind = details.kind();
        this.country = blankToNull(details.country());
        this.region = blankToNull(details.region());
        this.website = blankToNull(details.website());
        this.searchKey = SearchKeys.of(name, acronym);
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name, acronym, kind, country, region, website);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    OrganisationId id() {
        return new OrganisationId(id);
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    OrganisationKind kind() {
        return kind;
    }

    String country() {
        return country;
    }

    String region() {
        return region;
    }

    String website() {
        return website;
    }

    UUID uuid() {
        return id;
    }

    TranslatedText description() {
        return new TranslatedText(originalLanguage, description);
    }

    void describe(String language, Translation text) {
        description.put(language, text);
    }

    String acronym() {
        return acronym;
    }

    String originalLanguage() {
        return originalLanguage;
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(id(), slug, name, kind, country);
    }
}
