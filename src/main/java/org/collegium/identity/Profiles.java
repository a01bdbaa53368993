package org.collegium.identity;

import java.util.List;
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
    private final AccountSessions sessions;

    Profiles(AccountRepository accounts, Roles roles, PasswordPolicy policy, PasswordEncoder encoder,
            ObjectProvider<OrganisationChoices> organisations, AccountSessions sessions) {
        this.accounts = accounts;
        this.roles = roles;
        this.policy = policy;
        this.encoder = encoder;
        this.organisations = organisations;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public ProfileDetails profile(AccountId id) {
        return account(id).profile();
    }

    /** The organisations one may choose, when the directory offers them. */
    public Optional<OrganisationChoices> organisationChoices() {
        return Optional.ofNullable(organisations.getIfAvailable());
    }

    /** The name of the organisation the profile names, or empty when none (or no longer in the directory). */
    @Transactional(readOnly = true)
    public String organisationName(ProfileDetails profile) {
        return Optional.ofNullable(profile.organisationId())
                .flatMap(id -> organisationChoices().flatMap(choices -> choices.find(id)))
                .map(OrganisationChoice::name).orElse("");
    }

    /** The one organisation with exactly this name or acronym, if the directory offers organisations and has one. */
    @Transactional(readOnly = true)
    public Optional<UUID> organisationNamed(String nameOrAcronym) {
        return organisationChoices().flatMap(choices -> choices.findByName(nameOrAcronym)).map(OrganisationChoice::id);
    }

    /** Organisations whose name or acronym contains the text, to suggest while someone types. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> suggestOrganisations(String text, int limit) {
        return organisationChoices().map(choices -> choices.search(text, limit)).orElse(List.of());
    }

    /**
     * Replaces the profile.
     *
     * @throws AccountRefusal on "organisation" when the organisation is not one of the choices
     */
    public void update(AccountId id, ProfileDetails details) {
        UUID organisation = details.organisationId();
        if (organisation != null && organisationChoices().flatMap(choices -> choices.find(organisation)).isEmpty()) {
            throw new AccountRefusal("organisation", "identity.profile.organisation.unknown");
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
     * Changes the password of someone who knows the current one, and ends their other sessions.
     *
     * @param keptSessionId the session the change is made in, which stays signed in (null ends them all)
     * @throws AccountRefusal on "currentPassword" or "newPassword"
     */
    public void changePassword(AccountId id, String currentPassword, String newPassword, String keptSessionId) {
        Account account = account(id);
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountRefusal("currentPassword", "identity.password.current-wrong");
        }
        policy.check("newPassword", newPassword, account.email(), account.displayName());
        account.changePassword(encoder.encode(newPassword));
        sessions.endAllBut(account.email(), keptSessionId);
    }

    private Account account(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new NotFoundException("Account"));
    }
}
