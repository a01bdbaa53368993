package org.collegium.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.collegium.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's own profiles and passwords. Saying which organisation one works for makes one its member.
 */
@Service
@Transactional
public class Profiles {

    private final AccountRepository accounts;
    private final Roles roles;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ObjectProvider<OrganisationChoices> organisations;

    Profiles(AccountRepository accounts, Roles roles, PasswordPolicy policy, PasswordEncoder encoder,
            ObjectProvider<OrganisationChoices> organisations) {
        this.accounts = accounts;
        this.roles = roles;
        this.policy = policy;
        this.encoder = encoder;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public ProfileDetails profile(AccountId id) {
        return account(id).profile();
    }

    /** The organisations one may choose, when the directory offers them. */
    public Optional<OrganisationChoices> organisationChoices() {
        return Optional.ofNullable(organisations.getIfAvailable());
    }

    /**
     * Replaces the profile.
     *
     * @throws AccountRefusal on "organisationId" when the organisation is not one of the choices
     */
    public void update(AccountId id, ProfileDetails details) {
        UUID organisation = details.organisationId();
        if (organisation != null && organisationChoices().flatMap(choices -> choices.find(organisation)).isEmpty()) {
            throw new AccountRefusal("organisationId", "identity.profile.organisation.unknown");
        }
        Optional<UUID> previous = account(id).describe(details);
        if (!Objects.equals(previous.orElse(null), organisation)) {
            previous.ifPresent(old -> roles.revoke(id, Role.ORGANISATION_MEMBER, old));
            if (organisation != null) {
                roles.grant(id, Role.ORGANISATION_MEMBER, organisation);
            }
        }
    }

    /**
     * Changes the password of someone who knows the current one.
     *
     * @throws AccountRefusal on "currentPassword" or "newPassword"
     */
    public void changePassword(AccountId id, String currentPassword, String newPassword) {
        Account account = account(id);
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountRefusal("currentPassword", "identity.password.current-wrong");
        }
        policy.check("newPassword", newPassword, account.email(), account.displayName());
        account.changePassword(encoder.encode(newPassword));
    }

    private Account account(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new NotFoundException("Account"));
    }
}
