package org.collegium.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.shared.Chunks;
import org.collegium.shared.LanguagePreferences;
import org.collegium.shared.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the other modules use them: look-ups by id or address, and confirmed accounts made directly
 * (demo data, tests, administrators).
 */
@Service
@Transactional(readOnly = true)
public class Accounts implements LanguagePreferences {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SignedInSession session;

    Accounts(AccountRepository accounts, PasswordEncoder passwords, Clock clock, SignedInSession session) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.session = session;
    }

    /** Makes a confirmed account, or returns the existing one with this address (idempotent). */
    @Transactional
    public AccountId createConfirmed(String email, String displayName, String password, Locale language) {
        return accounts.findByEmailKey(Account.keyOf(email)).map(Account::id).orElseGet(() -> {
            Account account = new Account(email, displayName, passwords.encode(password), language, clock.instant());
            account.confirm(clock.instant());
            return accounts.save(account).id();
        });
    }

    public Optional<AccountSummary> find(AccountId id) {
        return accounts.findById(id.value()).map(Account::toSummary);
    }

    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmailKey(Account.keyOf(email)).map(Account::toSummary);
    }

    /** Many accounts, one query per {@link Chunks#SIZE} ids, for list pages. */
    public Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
        return Chunks.list(ids(ids), accounts::findByIdIn).stream()
                .map(Account::toSummary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** The interface language each account chose, in one query, for mail written in its reader's language. */
    public Map<AccountId, Locale> languagesOf(Collection<AccountId> ids) {
        return Chunks.list(ids(ids), accounts::findByIdIn).stream()
                .filter(account -> account.uiLanguage().isPresent())
                .collect(Collectors.toMap(Account::id, account -> account.uiLanguage().orElseThrow()));
    }

    /**
     * The organisation and country each account's profile names, for figures and lists of learners: a projection,
     * one query per {@link Chunks#SIZE} ids.
     */
    public Map<AccountId, Affiliation> affiliationsOf(Collection<AccountId> ids) {
        return Chunks.list(ids(ids), accounts::findAffiliations).stream()
                .map(row -> new Affiliation(new AccountId(row.getId()), row.getOrganisation(), row.getCountry()))
                .collect(Collectors.toMap(Affiliation::account, Function.identity()));
    }

    private static List<UUID> ids(Collection<AccountId> ids) {
        return ids.stream().map(AccountId::value).toList();
    }

    /** The signed-in viewer's account id, if the viewer is signed in. */
    public static Optional<AccountId> idOf(Viewer viewer) {
        return Optional.ofNullable(viewer).map(v -> new AccountId(v.accountId()));
    }

    /** Stores the language in the profile and in the signed-in principal, session included, so the next page has it. */
    @Override
    @Transactional
    public void remember(Viewer viewer, Locale language) {
        accounts.findById(viewer.accountId()).ifPresent(account -> account.chooseLanguage(language));
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof SignedInAccount principal) {
            session.replaceInCurrentRequest(principal.withLanguage(language));
        }
    }
}
