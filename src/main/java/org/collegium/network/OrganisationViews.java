package org.collegium.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.springframework.stereotype.Component;

/**
 * Builds an organisation's page from batch queries: one for its memberships each way, one for its agreements
 * with their parties, one for every organisation they name, and two for its focal points, however many there are.
 */
@Component
class OrganisationViews {

    private final OrganisationRepository organisations;
    private final OrganisationMembershipRepository memberships;
    private final PartnershipRepository partnerships;
    private final Roles roles;
    private final Accounts accounts;

    OrganisationViews(OrganisationRepository organisations, OrganisationMembershipRepository memberships,
            PartnershipRepository partnerships, Roles roles, Accounts accounts) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.partnerships = partnerships;
        this.roles = roles;
        this.accounts = accounts;
    }

    OrganisationView of(Organisation organisation) {
        UUID id = organisation.uuid();
        List<OrganisationMembership> members = memberships.findByParentId(id);
        List<OrganisationMembership> memberOf = memberships.findByMemberId(id);
        List<Partnership> agreements = partnerships.findWithPartiesByParty(id);
        Set<UUID> named = new HashSet<>();
        members.forEach(m -> named.add(m.memberId()));
        memberOf.forEach(m -> named.add(m.parentId()));
        agreements.forEach(p -> named.addAll(p.parties()));
        named.add(id);
        Map<UUID, Organisation> byId = organisations.findByIdIn(named).stream()
                .collect(Collectors.toMap(Organisation::uuid, Function.identity()));
        return new OrganisationView(entry(organisation), organisation.website(), organisation.description(),
                side(members, OrganisationMembership::memberId, byId),
                side(memberOf, OrganisationMembership::parentId, byId),
                agreements.stream().map(p -> summary(p, byId)).toList(),
                focalPoints(organisation.id()));
    }

    PartnershipSummary summary(Partnership partnership, Map<UUID, Organisation> byId) {
        List<OrganisationSummary> parties = partnership.parties().stream().map(byId::get)
                .filter(java.util.Objects::nonNull)
                .map(Organisation::toSummary)
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new PartnershipSummary(new PartnershipId(partnership.id()), partnership.title(), partnership.kind(),
                partnership.status(), partnership.signedOn(), partnership.signedAt(), parties);
    }

    Map<UUID, Organisation> organisationsById(Set<UUID> ids) {
        return organisations.findByIdIn(ids).stream().collect(Collectors.toMap(Organisation::uuid, Function.identity()));
    }

    List<FocalPointView> focalPoints(OrganisationId organisation) {
        List<AccountId> holders = roles.holders(Role.FOCAL_POINT, organisation.value());
        if (holders.isEmpty()) {
            return List.of();
        }
        Map<AccountId, AccountSummary> found = accounts.findAll(holders);
        return new ArrayList<>(found.values()).stream()
                .map(account -> new FocalPointView(account.id().value(), account.displayName()))
                .sorted(Comparator.comparing(FocalPointView::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    static DirectoryEntry entry(Organisation o) {
        return new DirectoryEntry(o.id(), o.slug(), o.name(), o.acronym(), o.kind(), o.country(), o.region());
    }

    private static List<MembershipView> side(List<OrganisationMembership> rows, Function<OrganisationMembership, UUID> other,
            Map<UUID, Organisation> byId) {
        return rows.stream()
                .filter(row -> byId.containsKey(other.apply(row)))
                .map(row -> {
                    Organisation o = byId.get(other.apply(row));
                    return new MembershipView(o.toSummary(), o.acronym(), row.since());
                })
                .sorted(Comparator.comparing(view -> view.organisation().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
