package org.collegium.exchange.practitioner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.identity.AccountId;
import org.collegium.identity.LanguageLevel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The written side of a practitioner's profile; reads go through {@link PractitionerRows}. */
@Entity
@Table(name = "exchange_practitioner")
class Practitioner {

    @Id
    @Column(name = "account_id")
    private UUID account;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisation;

    private String country;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    @Column(name = "function_code", nullable = false)
    private String function;

    private String responsibilities;

    @Column(name = "international_experience")
    private String internationalExperience;

    @ElementCollection
    @CollectionTable(name = "exchange_practitioner_topic", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "topic_code")
    private Set<String> topics = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "exchange_practitioner_language", joinColumns = @JoinColumn(name = "account_id"))
    private Set<Language> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "exchange_practitioner_availability", joinColumns = @JoinColumn(name = "account_id"))
    private Set<Period> availability = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Practitioner() {
    }

    Practitioner(AccountId account) {
        this.account = account.value();
    }

    UUID organisation() {
        return organisation;
    }

    /** Replaces the whole profile with one already checked. */
    void write(PractitionerProfile profile, String country, Instant now) {
        this.organisation = profile.organisation().value();
        this.country = country;
        this.jobTitle = profile.jobTitle().strip();
        this.function = profile.function();
        this.responsibilities = blankToNull(profile.responsibilities());
        this.internationalExperience = blankToNull(profile.internationalExperience());
        this.topics.clear();
        this.topics.addAll(profile.topics());
        this.languages.clear();
        this.languages.addAll(profile.languages().stream().map(spoken -> new Language(spoken.code(), spoken.level()))
                .collect(Collectors.toSet()));
        this.availability.clear();
        this.availability.addAll(profile.availability().stream().map(period -> new Period(period.from(), period.to()))
                .collect(Collectors.toSet()));
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Embeddable
    static class Language {

        @Column(name = "language_code", nullable = false)
        private String code;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private LanguageLevel level;

        protected Language() {
        }

        Language(String code, LanguageLevel level) {
            this.code = code;
            this.level = level;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Language that && code.equals(that.code) && level == that.level;
        }

        @Override
        public int hashCode() {
            return code.hashCode() * 31 + level.hashCode();
        }
    }

    @Embeddable
    static class Period {

        @Column(name = "available_from", nullable = false)
        private LocalDate from;

        @Column(name = "available_to", nullable = false)
        private LocalDate to;

        protected Period() {
        }

        Period(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Period that && from.equals(that.from) && to.equals(that.to);
        }

        @Override
        public int hashCode() {
            return from.hashCode() * 31 + to.hashCode();
        }
    }
}
