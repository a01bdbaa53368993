package org.collegium.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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

    AccountSummary toSummary() {
        return new AccountSummary(id(), email, displayName, isConfirmed());
    }
}
