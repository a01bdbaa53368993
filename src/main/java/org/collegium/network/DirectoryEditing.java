package org.collegium.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewer;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.i18n.Translation;
import org.collegium.shared.i18n.TranslationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the directory. Platform administrators may change anything; the focal points of an organisation may
 * edit it and name its focal points. Every change is checked here, on the server, and leaves an audit record.
 */
@Service
@Transactional
public class DirectoryEditing {

    public static final int DESCRIPTION_MAX = 8000;

    private final OrganisationRepository organisations;
    private final Memberships memberships;
    private final PartnershipRepository partnerships;
    private final Roles roles;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryEditing(OrganisationRepository organisations, Memberships memberships, PartnershipRepository partnerships,
            Roles roles, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.partnerships = partnerships;
        this.roles = roles;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean administers(Viewer viewer) {
        return viewer != null && roles.isPlatformAdministrator(new AccountId(viewer.accountId()));
    }

    /** Whether the viewer may edit the organisation: a platform administrator or one of its focal points. */
    @Transactional(readOnly = true)
    public boolean mayEdit(Viewer viewer, OrganisationId organisation) {
        return viewer != null && roles.mayAct(new AccountId(viewer.accountId()), Role.FOCAL_POINT, organisation.value());
    }

    public OrganisationSummary create(Viewer actor, OrganisationDetails details, String language) {
        requireAdministrator(actor);
        return create(actor.accountId(), details, language);
    }

    public void update(Viewer actor, OrganisationId id, OrganisationDetails details) {
        requireEditor(actor, id);
        Organisation organisation = load(id);
        OrganisationDetails allowed = administers(actor) ? details : new OrganisationDetails(details.name(),
                details.acronym(), organisation.kind(), details.country(), details.region(), details.website());
        organisation.change(allowed);
        record(actor.accountId(), "network.update-organisation", organisation, "Updated " + organisation.name());
    }

    public void describe(Viewer actor, OrganisationId id, String language, String text, TranslationStatus status) {
        requireEditor(actor, id);
        describe(actor.accountId(), id, language, text, status);
    }

    public void addMembership(Viewer actor, OrganisationId member, OrganisationId parent, LocalDate since) {
        requireAdministrator(actor);
        addMembership(actor.accountId(), member, parent, since);
    }

    public void removeMembership(Viewer actor, OrganisationId member, OrganisationId parent) {
        requireAdministrator(actor);
        Organisation organisation = load(member);
        if (memberships.remove(member.value(), parent.value())) {
            record(actor.accountId(), "network.remove-membership", organisation, "Membership ended");
        }
    }

    public PartnershipId recordPartnership(Viewer actor, PartnershipTerms terms) {
        requireAdministrator(actor);
        return recordPartnership(actor.accountId(), terms);
    }

    /** Replaces the terms of a recorded agreement (parties, title, objectives, status...). */
    public void amendPartnership(Viewer actor, PartnershipId id, PartnershipTerms terms) {
        requireAdministrator(actor);
        terms.check();
        requirePartiesInDirectory(terms);
        Partnership partnership = partnerships.findById(id.value())
                .orElseThrow(() -> new NotFoundException("Partnership " + id.value()));
        partnership.amend(terms);
        events.publishEvent(new AdministrativeActionTaken(actor.accountId(), "network.amend-partnership", "partnership",
                partnership.id().toString(), "Amended " + partnership.title() + " (" + partnership.status() + ")",
                clock.instant()));
    }

    /** Names an existing account, by its e-mail address, focal point of the organisation. */
    public void appointFocalPoint(Viewer actor, OrganisationId id, String email) {
        requireEditor(actor, id);
        appoint(actor.accountId(), id, email, Role.FOCAL_POINT);
    }

    public void removeFocalPoint(Viewer actor, OrganisationId id, UUID account) {
        requireEditor(actor, id);
        Organisation organisation = load(id);
        roles.revoke(new AccountId(account), Role.FOCAL_POINT, id.value());
        record(actor.accountId(), "network.remove-focal-point", organisation, "Focal point " + account + " removed");
    }

    OrganisationSummary create(UUID actor, OrganisationDetails details, String language) {
        details.check();
        String original = ContentLanguages.isKnown(language) ? language : "en";
        String slug = Slugs.unique(details.name(), organisations::existsBySlug);
        Organisation organisation = organisations.save(new Organisation(slug, details, original, clock.instant()));
        record(actor, "network.create-organisation", organisation, "Created " + organisation.name());
        return organisation.toSummary();
    }

    void describe(UUID actor, OrganisationId id, String language, String text, TranslationStatus status) {
        if (!ContentLanguages.isKnown(language)) {
            throw new IllegalArgumentException("Not a content language: " + language);
        }
        if (text == null || text.isBlank() || text.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("A description has 1 to " + DESCRIPTION_MAX + " characters");
        }
        Organisation organisation = load(id);
        organisation.describe(language, new Translation(text.strip(), Objects.requireNonNull(status, "status")));
        record(actor, "network.describe-organisation", organisation, "Description in " + language);
    }

    void addMembership(UUID actor, OrganisationId member, OrganisationId parent, LocalDate since) {
        Organisation organisation = load(member);
        load(parent);
        memberships.add(member.value(), parent.value(), since);
        record(actor, "network.add-membership", organisation, "Member of " + parent.value());
    }

    PartnershipId recordPartnership(UUID actor, PartnershipTerms terms) {
        terms.check();
        requirePartiesInDirectory(terms);
        Partnership partnership = partnerships.save(new Partnership(terms, clock.instant()));
        events.publishEvent(new AdministrativeActionTaken(actor, "network.record-partnership", "partnership",
                partnership.id().toString(), "Recorded " + partnership.title(), clock.instant()));
        return new PartnershipId(partnership.id());
    }

    void appoint(UUID actor, OrganisationId id, String email, Role role) {
        Organisation organisation = load(id);
        AccountSummary account = accounts.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> new DirectoryRefusal("network.focal-point.unknown-account", "No account with this address"));
        roles.grant(account.id(), role, id.value());
        record(actor, "network.appoint-" + role.name().toLowerCase().replace('_', '-'), organisation,
                account.displayName() + " appointed " + role);
    }

    private void requirePartiesInDirectory(PartnershipTerms terms) {
        if (organisations.findByIdIn(terms.parties().stream().map(OrganisationId::value).toList()).size()
                != terms.parties().size()) {
            throw new DirectoryRefusal("network.partnership.unknown-party", "A party is not in the directory");
        }
    }

    private Organisation load(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(() -> new NotFoundException("Organisation " + id.value()));
    }

    private void requireAdministrator(Viewer actor) {
        if (!administers(actor)) {
            throw new AccessDeniedException("Only platform administrators may do this");
        }
    }

    private void requireEditor(Viewer actor, OrganisationId id) {
        if (!mayEdit(actor, id)) {
            throw new AccessDeniedException("Only administrators and the organisation's focal points may do this");
        }
    }

    private void record(UUID actor, String action, Organisation subject, String summary) {
        events.publishEvent(new AdministrativeActionTaken(actor, action, "organisation", subject.uuid().toString(),
                summary, clock.instant()));
    }
}
