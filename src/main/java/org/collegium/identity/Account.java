package org.collegium.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who can sign in. The e-mail key is the lower-cased address, unique across accounts.
 */
@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "email_key", nullable = false, unique = true)
    private String emailKey;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "ui_language")
    private String uiLanguage;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "job_title")
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_function")
    private JobFunction jobFunction;

    @Column(name = "country")
    private String country;

    @ElementCollection
    @CollectionTable(name = "account_language", joinColumns = @JoinColumn(name = "account_id"))
    private List<SpokenLanguage> languages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "account_expertise", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic")
    private Set<ExpertiseTopic> expertise = new LinkedHashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Locale language, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email.trim();
        this.emailKey = keyOf(email);
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
        this.uiLanguage = language == null ? null : language.getLanguage();
        this.createdAt = now;
    }

    static String keyOf(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void chooseLanguage(Locale language) {
        this.uiLanguage = language.getLanguage();
    }

    AccountId id() {
        return new AccountId(id);
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    Optional<Locale> uiLanguage() {
        return Optional.ofNullable(uiLanguage).map(Locale::forLanguageTag);
    }

    Optional<String> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    void setTimeZone(String zone) {
        this.timeZone = zone;
    }

    void rename(String displayName) {
        this.displayName = displayName.trim();
    }

    /** Replaces the profile; returns the organisation the person worked for before, if any. */
    Optional<UUID> describe(ProfileDetails details) {
        Optional<UUID> previous = Optional.ofNullable(organisationId);
        rename(details.displayName());
        this.organisationId = details.organisationId();
        this.jobTitle = blankToNull(details.jobTitle());
        this.jobFunction = details.jobFunction();
        this.country = blankToNull(details.country());
        this.languages.clear();
        this.languages.addAll(details.languages());
        this.expertise.clear();
        this.expertise.addAll(details.expertise());
        this.uiLanguage = details.uiLanguage() == null ? null : details.uiLanguage().getLanguage();
        this.timeZone = blankToNull(details.timeZone());
        return previous;
    }

    ProfileDetails profile() {
        return new ProfileDetails(displayName, organisationId, jobTitle, jobFunction, country, List.copyOf(languages),
                expertise.isEmpty() ? Set.of() : EnumSet.copyOf(expertise), uiLanguage().orElse(null), timeZone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    Affiliation affiliation() {
        return new Affiliation(id(), organisationId, country);
    }

    AccountSummary toSummary() {
        return new AccountSummary(id(), email, displayName, isConfirmed());
    }
}
