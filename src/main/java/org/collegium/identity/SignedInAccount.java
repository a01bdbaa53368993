package org.collegium.identity;

import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.collegium.shared.Viewer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. It is serialised into the session store, so it holds only plain values.
 */
record SignedInAccount(UUID accountId, String email, String displayName, String passwordHash, boolean confirmed,
        String language, String zoneId, boolean isPlatformAdministrator) implements UserDetails, Viewer {

    @Serial
    private static final long serialVersionUID = 1L;

    static SignedInAccount of(Account account, boolean platformAdministrator) {
        return new SignedInAccount(account.id().value(), account.email(), account.displayName(), account.passwordHash(),
                account.isConfirmed(), account.uiLanguage().map(Locale::toLanguageTag).orElse(null),
                account.timeZone().orElse(null), platformAdministrator);
    }

    SignedInAccount withLanguage(Locale locale) {
        return new SignedInAccount(accountId, email, displayName, passwordHash, confirmed, locale.toLanguageTag(), zoneId,
                isPlatformAdministrator);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return isPlatformAdministrator ? List.of(new SimpleGrantedAuthority(Role.PLATFORM_ADMINISTRATOR.name())) : List.of();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return confirmed;
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }

    @Override
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zoneId).map(ZoneId::of);
    }

    public AccountId id() {
        return new AccountId(accountId);
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + accountId + "]";
    }
}
