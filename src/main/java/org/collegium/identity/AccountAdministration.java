package org.collegium.identity;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.shared.NotFoundException;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What platform administrators do with accounts: find them, and name or remove other platform administrators.
 * Every change is checked here, whoever calls, and written to the audit log.
 */
@Service
@Transactional
public class AccountAdministration {

    public static final int PAGE_SIZE = 25;

    private final AccountRepository accounts;
    private final RoleGrantRepository grants;
    private final Roles roles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, RoleGrantRepository grants, Roles roles,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.roles = roles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AdministeredAccount> search(AccountId actor, String query, int page) {
        requireAdministrator(actor);
        String pattern = "%" + (query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        Page<Account> found = accounts.search(pattern, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by("displayName", "emailKey")));
        Set<UUID> administrators = grants.findByRoleAndScopeIdAndAccountIdIn(Role.PLATFORM_ADMINISTRATOR,
                Roles.PLATFORM, found.map(account -> account.id().value()).toList()).stream()
                .map(grant -> grant.account().value()).collect(Collectors.toSet());
        return found.map(account -> new AdministeredAccount(account.toSummary(),
                administrators.contains(account.id().value())));
    }

    public void grantPlatformAdministrator(AccountId actor, AccountId target) {
        requireAdministrator(actor);
        Account account = accounts.findById(target.value()).orElseThrow(() -> new NotFoundException("Account"));
        if (!roles.isPlatformAdministrator(target)) {
            roles.grant(target, Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
            audit(actor, "identity.grant-platform-administrator", account,
                    "Named " + account.email() + " platform administrator");
        }
    }

    /**
     * @throws AccountRefusal when administrators try to remove their own role (so one always remains)
     */
    public void revokePlatformAdministrator(AccountId actor, AccountId target) {
        requireAdministrator(actor);
        if (actor.equals(target)) {
            throw new AccountRefusal("account", "identity.admin.accounts.own-role");
        }
        Account account = accounts.findById(target.value()).orElseThrow(() -> new NotFoundException("Account"));
        if (roles.isPlatformAdministrator(target)) {
            roles.revoke(target, Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
            audit(actor, "identity.revoke-platform-administrator", account,
                    "Removed the platform administrator role of " + account.email());
        }
    }

    private void audit(AccountId actor, String action, Account account, String summary) {
        events.publishEvent(new AdministrativeActionTaken(actor.value(), action, "account",
                account.id().value().toString(), summary, clock.instant()));
    }

    private void requireAdministrator(AccountId actor) {
        if (actor == null || !roles.isPlatformAdministrator(actor)) {
            throw new AccessDeniedException("Only platform administrators manage accounts");
        }
    }
}
